namespace Triangulate.Rendering.Html;

/// <summary>The stylesheet and script inlined into dossier.html (no network: the report opens from disk).</summary>
/// <remarks>The script reads only what the renderer wrote: the DOM (data attributes and text) and, for a paged list, the markup of its
/// later pages, which the renderer escaped exactly as the first page's (<see cref="PagedList"/>); article text cannot reach it as markup.</remarks>
internal static class HtmlAssets
{
    /// <summary>The page's stylesheet: laptop and phone widths, print.</summary>
    public const string Css = """
:root{--ink:#1c2430;--muted:#5b6675;--line:#dfe3e8;--bg:#f6f7f9;--card:#fff;--accent:#1f5fa8;--accent-soft:#e7f0fa;--warn:#b45309;--warn-soft:#fff4e5;--bad:#b42318;--bad-soft:#fdecea;--ok:#1a7f37;--mark:#fff1a8;--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
*{box-sizing:border-box}
html{scroll-behavior:smooth;scroll-padding-top:64px}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
header.top{background:#14213d;color:#fff;padding:28px 24px 20px}
header.top h1{margin:0 0 4px;font-size:26px;line-height:1.25;font-weight:650;letter-spacing:-.01em}
header.top .sub{color:#c9d3e3;font-size:14px}
.stats{display:flex;flex-wrap:wrap;gap:10px 26px;margin-top:16px}
.stat b{display:block;font-size:22px;font-weight:650;color:#fff}
.stat span{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:#a9b7cc}
nav.toc{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);display:flex;gap:4px;overflow-x:auto;padding:0 16px;scrollbar-width:none}
nav.toc a{padding:12px 10px;white-space:nowrap;color:var(--muted);font-size:14px;font-weight:500;border-bottom:2px solid transparent}
nav.toc a:hover{color:var(--ink);text-decoration:none;border-bottom-color:var(--line)}
main{max-width:1180px;margin:0 auto;padding:8px 20px 60px}
section.block{margin-top:34px}
section.block>h2{font-size:20px;margin:0 0 4px;font-weight:650}
.lead{color:var(--muted);margin:0 0 14px;font-size:14px}
.empty{color:var(--muted);font-style:italic;background:var(--card);border:1px dashed var(--line);border-radius:8px;padding:14px 16px}
.empty.pending{border-color:#e5c07b;background:var(--warn-soft)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:16px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 18px;box-shadow:0 1px 2px rgba(16,24,40,.04);break-inside:avoid}
.card h3{margin:0;font-size:16px;font-weight:600}
.card h3 small{color:var(--muted);font-weight:400;font-size:13px}
.lbh{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;margin:12px 0 8px;text-align:center}
.lbh .tile{display:block;background:var(--bg);border-radius:8px;padding:6px 4px;color:inherit;min-width:0}
.lbh .tile.best{background:var(--accent-soft)}
.lbh a.tile:hover,.lbh a.tile:focus{text-decoration:none;outline:2px solid var(--accent);outline-offset:-2px}
.lbh b{display:block;font-size:22px;font-weight:650;font-variant-numeric:tabular-nums}
.lbh .tile.best b{color:var(--accent)}
.lbh span{display:block;font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.lbh i{display:block;font-style:normal;font-size:12px;line-height:1.2;color:var(--muted)}
.background{margin-top:18px}.background h3{font-size:16px;margin:0 0 2px}.background h3 small{font-weight:400;font-size:13px}
.meta{font-size:13px;color:var(--muted);overflow-wrap:anywhere}
.card,.ent,.groups li,.flaglist li,.timeline li,blockquote.quote{min-width:0;overflow-wrap:anywhere}
.why{font-size:13px;color:var(--ink);margin:8px 0 0}
.chart{width:100%;height:auto;display:block;margin-top:6px}
.chart .axis{stroke:#c4cbd4;stroke-width:1}
.chart .grid{stroke:#eef0f3;stroke-width:1}
.chart text{font-size:10px;fill:var(--muted);font-family:inherit}
.chart .band{fill:var(--accent-soft)}
.chart .bestline{stroke:var(--accent);stroke-width:1;stroke-dasharray:4 3}
.chart .seg{stroke:#7b8794;stroke-width:1.6;fill:none}
.chart .seg.rel-conflict{stroke:var(--bad);stroke-dasharray:3 3}
.chart .seg.rel-revision{stroke:var(--warn)}
.chart .seg.rel-update{stroke:var(--accent)}
.chart text.val{font-size:10px;font-weight:600;fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:3px}
.legend i.bandkey{height:8px;border:0;background:var(--accent-soft)}.legend i.bestkey{border-top:1px dashed var(--accent)}
.chart .pt{fill:#fff;stroke:var(--accent);stroke-width:2.2;cursor:pointer}
.chart a:hover .pt,.chart a:focus .pt{fill:var(--accent)}
.badge{display:inline-block;font-size:11px;font-weight:600;padding:1px 7px;border-radius:999px;background:var(--bg);color:var(--muted);border:1px solid var(--line);white-space:nowrap;vertical-align:1px}
.badge.warn{background:var(--warn-soft);color:var(--warn);border-color:#f3d19c}
.badge.bad{background:var(--bad-soft);color:var(--bad);border-color:#f5b5ae}
.badge.ok{background:#e9f7ee;color:var(--ok);border-color:#b7e1c3}
.flags{list-style:none;padding:0;margin:10px 0 0}
.flags li{font-size:13px;padding:6px 0;border-top:1px solid var(--line)}
.flaglist{list-style:none;padding:0;margin:0;background:var(--card);border:1px solid var(--line);border-radius:10px}
.flaglist li{padding:10px 14px;border-top:1px solid var(--line)}
.flaglist li:first-child{border-top:0}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:end;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 12px;margin-bottom:10px}
.filters label{display:flex;flex-direction:column;font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);gap:3px;flex:1 1 150px;min-width:0}
.filters select,.filters input{font:inherit;font-size:14px;padding:6px 8px;border:1px solid #c9d0d8;border-radius:6px;background:#fff;color:var(--ink);width:100%;text-transform:none;letter-spacing:0}
.filters output{font-size:13px;color:var(--muted);padding:6px 4px;white-space:nowrap}
.pager{display:flex;align-items:center;gap:10px;flex-wrap:wrap;margin:10px 0;font-size:13px;color:var(--muted)}
.pager[hidden]{display:none}
.pager button{font:inherit;font-size:13px;padding:5px 10px;border:1px solid #c9d0d8;border-radius:6px;background:var(--card);cursor:pointer;color:var(--ink)}
.pager button:disabled{opacity:.45;cursor:default}
.filters button{font:inherit;font-size:13px;padding:6px 10px;border:1px solid #c9d0d8;border-radius:6px;background:var(--bg);cursor:pointer}
.tablewrap{background:var(--card);border:1px solid var(--line);border-radius:10px;overflow:auto}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:8px 10px;border-top:1px solid var(--line);vertical-align:top}
thead th{border-top:0;background:#fafbfc;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);white-space:nowrap;position:sticky;top:0}
th button{all:unset;cursor:pointer}
th button::after{content:" ↕";color:#b8c0ca}
th[aria-sort=ascending] button::after{content:" ↑";color:var(--ink)}
th[aria-sort=descending] button::after{content:" ↓";color:var(--ink)}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap;font-weight:600}
table.claims{table-layout:fixed;min-width:900px}
table.claims td{overflow-wrap:anywhere}
table.claims td.num{white-space:normal}
table.claims th:nth-child(1){width:12%}table.claims th:nth-child(2){width:8%}table.claims th:nth-child(3){width:10%}
table.claims th:nth-child(4){width:13%}table.claims th:nth-child(5){width:10%}table.claims th:nth-child(6){width:10%}table.claims th:nth-child(7){width:37%}
td.date{white-space:nowrap}
tr:target,tr.flash{background:#fff8d6}
tr:target td:first-child{box-shadow:inset 3px 0 0 var(--accent)}
mark{background:var(--mark);color:inherit;padding:0 1px;border-radius:2px}
mark.fig{background:#ffe58a;box-shadow:0 1px 0 #e0b400}
mark.qt{background:#e4efff}
mark:target,span.anchor:target+*{outline:2px solid var(--accent);outline-offset:2px;background:#ffd34d}
.muted{color:var(--muted)}
.small{font-size:12px}
.mono{font-family:var(--mono);font-size:12px}
.timeline{list-style:none;margin:0;padding:0 0 0 18px;border-left:2px solid var(--line)}
.timeline li{position:relative;margin:0 0 14px;padding-left:12px}
.timeline li::before{content:"";position:absolute;left:-25px;top:6px;width:12px;height:12px;border-radius:50%;background:#fff;border:2px solid var(--accent)}
.timeline time{font-weight:650;font-variant-numeric:tabular-nums;margin-right:6px}
.svgbox{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:8px}
.svgbox svg{width:100%;height:auto;display:block}
.svgbox+.tablewrap{margin-top:12px}
.map .grat{stroke:#dde3ea;stroke-width:1}
.map .frame{fill:#f4f8fc;stroke:#c4cbd4}
.map .glabel{font-size:10px;fill:#8a95a3}
.map .place{fill:var(--bad);fill-opacity:.78;stroke:#fff;stroke-width:1.5}
.map a:hover .place{fill-opacity:1}
.map .plabel{font-size:11px;fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.graph .edge{stroke:#8a95a3;stroke-width:1.5;fill:none}
.graph .edge.kind-copy,.graph .edge.kind-duplicate{stroke:var(--bad)}
.graph .edge.kind-paraphrase{stroke:var(--warn);stroke-dasharray:5 3}
.graph .edge.kind-shared-origin{stroke:var(--accent);stroke-dasharray:2 3}
.graph .node{stroke:#fff;stroke-width:1.5}
.graph .nlabel{font-size:11px;fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:3px}
.legend{display:flex;flex-wrap:wrap;gap:14px;font-size:12px;color:var(--muted);margin:6px 4px 2px}
.legend i{display:inline-block;width:22px;height:0;border-top:2px solid;vertical-align:middle;margin-right:5px}
.legend i.copy{border-color:var(--bad)}.legend i.paraphrase{border-color:var(--warn);border-top-style:dashed}.legend i.shared{border-color:var(--accent);border-top-style:dotted}
.two{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;align-items:start}
.groups{list-style:none;margin:0;padding:0}
.groups li{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin-bottom:8px;font-size:14px}
.ents{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:10px}
.ent{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 12px;font-size:14px}
.ent h4{margin:0 0 2px;font-size:15px}
.ent:target{outline:2px solid var(--accent)}
blockquote.quote{margin:0 0 12px;background:var(--card);border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px;padding:10px 14px}
blockquote.quote p{margin:0 0 4px;font-size:15px}
blockquote.quote.scare{border-left-color:#c4cbd4}
blockquote.quote footer{font-size:13px;color:var(--muted)}
article.doc{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 20px;margin-bottom:16px}
article.doc h3{margin:0 0 4px;font-size:17px}
article.doc .body{white-space:pre-wrap;overflow-wrap:anywhere;font-size:15px;line-height:1.65;margin:12px 0 0;max-width:78ch}
article.doc:target{outline:2px solid var(--accent)}
details{margin-top:10px;font-size:13px}
details summary{cursor:pointer;color:var(--accent)}
details ul{margin:6px 0;padding-left:18px}
details .removed{white-space:pre-wrap;overflow-wrap:anywhere;font-family:var(--mono);font-size:12px;background:var(--bad-soft);padding:1px 4px;border-radius:3px}
footer.foot{max-width:1180px;margin:0 auto;padding:20px;color:var(--muted);font-size:12px;border-top:1px solid var(--line)}
@media (max-width:760px){
 header.top{padding:20px 16px 16px}
 header.top h1{font-size:21px}
 .stats{gap:8px 18px}.stat b{font-size:18px}.stat span{font-size:10px}
 main{padding:4px 12px 40px}
 .cards{grid-template-columns:minmax(0,1fr)}
 .card{padding:14px 12px}
 .lbh b{font-size:19px}
 .ents{grid-template-columns:minmax(0,1fr)}
 .filters label{flex:1 1 120px}
 .two{grid-template-columns:1fr}
 table.claims thead{display:none}
 table.claims,table.claims tbody,table.claims tr{display:block;width:100%;min-width:0}
 table.claims tr{border-top:1px solid var(--line);padding:10px 6px}
 table.claims td{display:inline-block;width:auto;border:0;padding:1px 8px;max-width:none;min-width:0;font-size:13px;color:var(--muted)}
 table.claims td.num{display:block;font-size:17px;color:var(--ink);padding-bottom:2px}
 table.claims td.sent{display:block;color:var(--ink);font-size:14px;padding-top:4px}
 table.claims td.sent::before,table.claims td.num::before{display:none}
 table.claims td[data-label]::before{content:attr(data-label) " ";font-size:10px;text-transform:uppercase;letter-spacing:.05em;color:#8a95a3}
 table.claims td .small{display:inline}
 table.claims td{max-width:100%}
 table.claims td.date{white-space:normal}
 table.stack thead{display:none}
 table.stack,table.stack tbody,table.stack tr{display:block;width:100%;min-width:0}
 table.stack tr{border-top:1px solid var(--line);padding:8px 10px}
 table.stack td{display:inline;border:0;padding:0 8px 0 0;font-size:13px;overflow-wrap:anywhere}
 table.stack td:first-child{display:block;font-size:14px}
 table.claims td .scope::before{content:" · "}
 article.doc{padding:12px 14px}
}
@media print{
 body{background:#fff;font-size:11pt}
 nav.toc,.filters,.nolprint{display:none}
 header.top{background:#fff;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
 header.top .sub,.stat span{color:#333}.stat b{color:#000}
 main{max-width:none;padding:0}
 .card,.tablewrap,article.doc,.svgbox{box-shadow:none;border-color:#999}
 thead th{position:static}
 tr,blockquote,.ent,li{break-inside:avoid}
 section.block{break-before:auto}
 #articles{break-before:page}
 a{color:#000}
 html{scroll-behavior:auto}
}
""";

    /// <summary>The page's script: paged lists (later pages inflated from their data blocks on demand), claims table filter, sort
    /// and paging, and revealing a link's target wherever it is (a filtered-out row, a later page, a closed <c>details</c>).</summary>
    public const string Js = """
(function(){
"use strict";
var lists={};
Array.prototype.forEach.call(document.querySelectorAll("[data-list][data-pages]"),function(el){
 lists[el.dataset.list]={el:el,pages:+el.dataset.pages||1,size:+el.dataset.pageSize||1,page:0,html:{},nodes:{0:Array.prototype.slice.call(el.children)},noun:""};
});
Array.prototype.forEach.call(document.querySelectorAll("nav.pager"),function(nav){var l=lists[nav.dataset.for];if(l)l.noun=(nav.getAttribute("aria-label")||"").replace(/^Pages of /,"");});
function bytes(s){var b=atob(s),a=new Uint8Array(b.length);for(var i=0;i<b.length;i++)a[i]=b.charCodeAt(i);return a;}
function pageHtml(name,p){
 var l=lists[name];if(l.html[p]!==undefined)return Promise.resolve(l.html[p]);
 var s=document.querySelector('script[type="text/plain"][data-list="'+name+'"][data-page="'+p+'"]');
 if(!s)return Promise.resolve("");
 var stream=new Blob([bytes(s.textContent.trim())]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
 return new Response(stream).text().then(function(t){l.html[p]=t;return t;});
}
function items(name,p){
 var l=lists[name];if(l.nodes[p])return Promise.resolve(l.nodes[p]);
 return pageHtml(name,p).then(function(h){
  var t=document.createElement("template");
  if(l.el.tagName==="TBODY"){t.innerHTML="<table><tbody>"+h+"</tbody></table>";l.nodes[p]=Array.prototype.slice.call(t.content.querySelector("tbody").children);}
  else{t.innerHTML=h;l.nodes[p]=Array.prototype.slice.call(t.content.children);}
  return l.nodes[p];
 });
}
function all(name){var l=lists[name],ps=[];for(var p=0;p<l.pages;p++)ps.push(items(name,p));return Promise.all(ps).then(function(a){return [].concat.apply([],a);});}
function pager(name,page,pages,total,noun){
 var nav=document.querySelector('nav.pager[data-for="'+name+'"]');if(!nav)return;
 nav.hidden=pages<=1;
 nav.querySelector("output").textContent="Page "+(page+1).toLocaleString("en")+" of "+Math.max(1,pages).toLocaleString("en")+" \u00b7 "+total.toLocaleString("en")+" "+noun;
 nav.querySelector('[data-step="-1"]').disabled=page<=0;nav.querySelector('[data-step="1"]').disabled=page>=pages-1;
}
function show(name,p){
 var l=lists[name];p=Math.max(0,Math.min(l.pages-1,p));
 return items(name,p).then(function(ns){l.el.replaceChildren.apply(l.el,ns);l.page=p;if(name==="claims")C.page=p;pager(name,p,l.pages,+l.el.dataset.total||0,l.noun);});
}
var table=document.getElementById("claims-table"),body=table?table.tBodies[0]:null;
var C={rows:null,matched:null,page:0,size:body&&lists.claims&&lists.claims.pages>1?lists.claims.size:Infinity,col:-1,dir:"",num:false};
function claimRows(){return C.rows?Promise.resolve(C.rows):all("claims").then(function(r){C.rows=r;return r;});}
function val(el){return el?el.value:"";}
function cell(r){var c=r.cells[C.col],x=c.dataset.v;return x===undefined?c.textContent:x;}
function applyFilter(keep){
 if(!body)return Promise.resolve();
 var m=val(document.getElementById("f-measure")),w=val(document.getElementById("f-who")),s=val(document.getElementById("f-source")),d=val(document.getElementById("f-doc"));
 var q=val(document.getElementById("f-text")).trim().toLowerCase();
 return claimRows().then(function(rows){
  var matched=rows.filter(function(r){var ds=r.dataset;r.hidden=false;return(!m||ds.measure===m)&&(!w||ds.who===w)&&(!s||ds.source===s)&&(!d||ds.doc===d)&&(!q||r.textContent.toLowerCase().indexOf(q)>=0);});
  if(C.col>=0){matched.sort(function(a,b){var x=cell(a),y=cell(b),c;
   if(C.num){var nx=parseFloat(x),ny=parseFloat(y);nx=isNaN(nx)?-Infinity:nx;ny=isNaN(ny)?-Infinity:ny;c=nx-ny;}else c=x.localeCompare(y);
   return C.dir==="ascending"?c:-c;});}
  C.matched=matched;if(!keep)C.page=0;renderClaims();
  var out=document.getElementById("f-count");if(out)out.textContent=matched.length+" of "+rows.length+" claims";
 });
}
function renderClaims(){
 var pages=isFinite(C.size)?Math.ceil(C.matched.length/C.size):1;C.page=Math.max(0,Math.min(Math.max(0,pages-1),C.page));
 var slice=isFinite(C.size)?C.matched.slice(C.page*C.size,(C.page+1)*C.size):C.matched;
 body.replaceChildren.apply(body,slice);
 if(isFinite(C.size))pager("claims",C.page,pages,C.matched.length,"claims");
}
function clearFilter(){
 ["f-measure","f-who","f-source","f-doc","f-text"].forEach(function(id){var el=document.getElementById(id);if(el)el.value="";});
 return applyFilter();
}
function sortBy(th){
 C.col=Array.prototype.indexOf.call(th.parentNode.children,th);C.num=th.dataset.type==="num";
 C.dir=th.getAttribute("aria-sort")==="ascending"?"descending":"ascending";
 Array.prototype.forEach.call(th.parentNode.children,function(h){h.removeAttribute("aria-sort");});
 th.setAttribute("aria-sort",C.dir);
 return applyFilter();
}
if(body){
 ["f-measure","f-who","f-source","f-doc"].forEach(function(id){var el=document.getElementById(id);if(el)el.addEventListener("change",function(){applyFilter();});});
 var t=document.getElementById("f-text");if(t)t.addEventListener("input",function(){applyFilter();});
 var c=document.getElementById("f-clear");if(c)c.addEventListener("click",clearFilter);
 Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th){var b=th.querySelector("button");if(b)b.addEventListener("click",function(){sortBy(th);});});
 if(!isFinite(C.size)){applyFilter();}
}
Array.prototype.forEach.call(document.querySelectorAll("nav.pager"),function(nav){
 nav.addEventListener("click",function(e){
  var b=e.target.closest("button[data-step]");if(!b)return;var step=+b.dataset.step,name=nav.dataset.for;
  var done=name==="claims"&&C.matched?Promise.resolve().then(function(){C.page+=step;renderClaims();}):show(name,lists[name].page+step);
  done.then(function(){var top=name==="claims"?table:lists[name].el;top.scrollIntoView({block:"start"});});
 });
});
function locate(id){
 if(/^claim-/.test(id)&&body&&lists.claims&&C.matched){
  return claimRows().then(function(rows){
   var i=-1;for(var k=0;k<rows.length;k++){if(rows[k].id===id){i=k;break;}}
   if(i<0)return null;
   return (C.matched&&C.matched.indexOf(rows[i])>=0?Promise.resolve():clearFilter()).then(function(){
    if(isFinite(C.size)){C.page=Math.floor(C.matched.indexOf(rows[i])/C.size);renderClaims();}
    return rows[i];
   });
  });
 }
 // Unfiltered lists (the claims table too, until it is filtered or sorted): inflate later pages one at a time and search their markup,
 // so a link into page 40 costs pages 2 to 40 inflated as text and one page parsed, not every row of the list parsed.
 var names=Object.keys(lists).filter(function(n){return n!=="claims"||!C.matched;}),needle='id="'+id+'"';
 function next(ni,p){
  if(ni>=names.length)return Promise.resolve(null);
  var l=lists[names[ni]];if(p>=l.pages)return next(ni+1,1);
  return pageHtml(names[ni],p).then(function(h){return h.indexOf(needle)>=0?show(names[ni],p).then(function(){return document.getElementById(id);}):next(ni,p+1);});
 }
 return next(0,1);
}
function finish(el,moved){
 for(var p=el.parentElement;p;p=p.parentElement){if(p.tagName==="DETAILS"&&!p.open){p.open=true;moved=true;}}
 if(moved)el.scrollIntoView({block:"center"});
 el.classList.remove("flash");void el.offsetWidth;el.classList.add("flash");
}
function reveal(){
 var id=decodeURIComponent(location.hash.slice(1));if(!id)return;
 var el=document.getElementById(id);
 if(el&&!el.hidden){finish(el,false);return;}
 locate(id).then(function(found){if(found){if(location.hash.slice(1)===id)location.replace("#"+id);finish(found,true);}});
}
window.addEventListener("hashchange",reveal);
reveal();
})();
""";
}
