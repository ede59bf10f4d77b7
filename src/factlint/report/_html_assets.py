"""The stylesheet and script inlined into report.html.

They live apart from the markup code so that html.py reads as structure only. The page
must be readable with scripts off: the script only adds the verdict filters and the
evidence panel, and everything it shows is already in the claims table.
"""

from __future__ import annotations

CSS = """\
:root { --pass: #2e7d32; --pass-bg: #dcf1de; --flag: #b71c1c; --flag-bg: #fbd3d3;
  --unverified: #8a5a00; --unverified-bg: #fff0c2; --muted: #5f6368; --line: #d0d7de; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 4rem; color: #1f2328;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { margin-bottom: .25rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
.meta, .fingerprint { color: var(--muted); margin: .25rem 0; }
.counts { display: flex; gap: .75rem; flex-wrap: wrap; padding: 0; list-style: none; }
.counts li { padding: .2rem .6rem; border-radius: 1rem; font-weight: 600; }
.counts .v-pass { background: var(--pass-bg); color: var(--pass); }
.counts .v-flag { background: var(--flag-bg); color: var(--flag); }
.counts .v-unverified { background: var(--unverified-bg); color: var(--unverified); }
.counts .skipped { background: #eee; color: var(--muted); }
#filters { border: 1px solid var(--line); border-radius: .4rem; display: flex; gap: 1rem;
  flex-wrap: wrap; position: sticky; top: 0; background: #fff; z-index: 1; }
.document .text { max-width: 48rem; }
.document .text p { margin: 0 0 .9rem; }
a.claim { color: inherit; text-decoration: none; border-radius: .2rem; padding: 0 .1rem;
  border-bottom: 2px solid; cursor: pointer; }
a.claim.v-pass { background: var(--pass-bg); border-color: var(--pass); }
a.claim.v-flag { background: var(--flag-bg); border-color: var(--flag); border-bottom-width: 3px; }
a.claim.v-flag.sev-minor { border-bottom-style: dashed; }
a.claim.v-unverified { background: var(--unverified-bg); border-color: var(--unverified);
  border-bottom-style: dotted; }
a.claim:focus, a.claim:hover { outline: 2px solid #0969da; }
span.skipped { border-bottom: 1px dotted var(--muted); }
body.hide-pass a.claim.v-pass, body.hide-flag a.claim.v-flag,
body.hide-unverified a.claim.v-unverified { background: none; border-color: transparent; }
body.hide-skipped span.skipped { border-color: transparent; }
body.hide-pass tr.v-pass, body.hide-flag tr.v-flag, body.hide-unverified tr.v-unverified,
body.hide-skipped tr.skipped { display: none; }
a.claim.ignored { background: #eee; border-color: var(--muted); border-bottom-style: dashed; }
.counts .ignored { background: #eee; color: var(--muted); }
body.hide-ignored a.claim.ignored { background: none; border-color: transparent; }
body.hide-ignored tr.ignored { display: none; }
tr.ignored td { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.verdict { font-weight: 600; white-space: nowrap; }
tr.v-pass td.verdict { color: var(--pass); }
tr.v-flag td.verdict { color: var(--flag); }
tr.v-unverified td.verdict { color: var(--unverified); }
tr:target { outline: 3px solid #0969da; }
td.location { white-space: nowrap; }
#panel { position: fixed; right: 1rem; bottom: 1rem; width: min(32rem, calc(100% - 2rem));
  max-height: 70vh; overflow: auto; background: #fff; border: 1px solid var(--line);
  border-left: 6px solid var(--muted); border-radius: .4rem; padding: .75rem 1rem;
  box-shadow: 0 8px 24px rgba(0, 0, 0, .18); z-index: 2; }
#panel.v-pass { border-left-color: var(--pass); }
#panel.v-flag { border-left-color: var(--flag); }
#panel.v-unverified { border-left-color: var(--unverified); }
#panel dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .75rem; margin: 0; }
#panel dt { font-weight: 600; color: var(--muted); }
#panel dd { margin: 0; }
#panel-close { float: right; }
@media print { #filters, #panel { display: none !important; } }
"""

JS = """\
(function () {
  "use strict";
  var body = document.body;
  var filters = document.getElementById("filters");
  var panel = document.getElementById("panel");
  var panelBody = document.getElementById("panel-body");
  var closeButton = document.getElementById("panel-close");
  var headers = Array.prototype.map.call(
    document.querySelectorAll("#claims-table thead th"),
    function (th) { return th.textContent; }
  );
  var opener = null;

  filters.hidden = false;
  filters.addEventListener("change", function (event) {
    var box = event.target;
    if (box.getAttribute("data-filter")) {
      body.classList.toggle("hide-" + box.getAttribute("data-filter"), !box.checked);
    }
  });

  function showEvidence(row) {
    var list = document.createElement("dl");
    Array.prototype.forEach.call(row.cells, function (cell, index) {
      var term = document.createElement("dt");
      var detail = document.createElement("dd");
      term.textContent = headers[index] || "";
      Array.prototype.forEach.call(cell.childNodes, function (node) {
        detail.appendChild(node.cloneNode(true));
      });
      list.appendChild(term);
      list.appendChild(detail);
    });
    panelBody.textContent = "";
    panelBody.appendChild(list);
    panel.className = row.className;
    panel.hidden = false;
    closeButton.focus();
  }

  function hidePanel() {
    panel.hidden = true;
    if (opener) { opener.focus(); opener = null; }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.claim") : null;
    if (!link) { return; }
    var row = document.getElementById(link.getAttribute("href").slice(1));
    if (!row) { return; }
    event.preventDefault();
    opener = link;
    showEvidence(row);
  });
  closeButton.addEventListener("click", hidePanel);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) { hidePanel(); }
  });
})();
"""
