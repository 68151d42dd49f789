document.querySelectorAll('table.data').forEach(function(table){
  var input=document.getElementById(table.dataset.filter);
  var rows=Array.prototype.slice.call(table.tBodies[0].rows);
  var count=document.getElementById(table.dataset.count);
  function show(){var q=input.value.toLowerCase();var n=0;rows.forEach(function(r){
    var hit=r.textContent.toLowerCase().indexOf(q)>=0;r.hidden=!hit;if(hit)n++;});
    if(count)count.textContent=n+' of '+rows.length+' rows shown';}
  input.addEventListener('input',show);show();
  table.querySelectorAll('th').forEach(function(th,i){th.tabIndex=0;
    function sort(){var asc=th.getAttribute('aria-sort')!=='ascending';
      table.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      rows.sort(function(a,b){var x=a.cells[i].textContent,y=b.cells[i].textContent;
        var nx=parseFloat(x),ny=parseFloat(y);
        var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);return asc?c:-c;});
      rows.forEach(function(r){table.tBodies[0].appendChild(r);});}
    th.addEventListener('click',sort);
    th.addEventListener('keydown',function(e){if(e.key==='Enter')sort();});});
});
