"""The stylesheet and script inlined into report.html.

They live apart from the markup code so that html.py reads as structure only. The page
must be readable with scripts off: the script only adds the verdict filters, the
evidence panel and moving between flags, and everything it shows is already in the
claims table.

The panel never covers the claim it shows: on a wide screen it is a column at the right
and the page moves left to make room; on a narrow one it sits at the bottom and the page
scrolls the claim into the space above it. On a phone every table reads as a list of
cards, each cell under its column's name, so nothing scrolls sideways.
"""

from __future__ import annotations

CSS = """\
:root { --pass: #1b5e20; --pass-bg: #dcf1de; --flag: #b71c1c; --flag-bg: #fbd3d3;
  --unverified: #7a4f00; --unverified-bg: #fff0c2; --muted: #57606a; --line: #d0d7de;
  --focus: #0969da; --panel-width: 26rem; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 4rem; color: #1f2328;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { margin-bottom: .25rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
td, th, code, dd, .meta { overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
.meta, .fingerprint { color: var(--muted); margin: .25rem 0; }
.counts { display: flex; gap: .75rem; flex-wrap: wrap; padding: 0; list-style: none; }
.counts li { padding: .2rem .6rem; border-radius: 1rem; font-weight: 600; }
.counts .v-pass { background: var(--pass-bg); color: var(--pass); }
.counts .v-flag { background: var(--flag-bg); color: var(--flag); }
.counts .v-unverified { background: var(--unverified-bg); color: var(--unverified); }
.counts .skipped, .counts .ignored { background: #eee; color: var(--muted); }
#toolbar { position: sticky; top: 0; z-index: 1; background: #fff; display: flex;
  flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .5rem 0;
  border-bottom: 1px solid var(--line); }
#filters { border: 1px solid var(--line); border-radius: .4rem; display: flex; gap: 1rem;
  flex-wrap: wrap; margin: 0; }
#steps { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
#steps .keys { flex-basis: 100%; margin: 0; color: var(--muted); font-size: .85rem; }
#position { font-weight: 600; }
button { font: inherit; padding: .2rem .6rem; border: 1px solid #6e7781; border-radius: .3rem;
  background: #f6f8fa; color: #1f2328; cursor: pointer; }
button[disabled] { cursor: default; color: #57606a; }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 2px solid var(--focus);
  outline-offset: 2px; }
.document .text { max-width: 48rem; }
.document .text p { margin: 0 0 .9rem; }
.document .markdown pre { overflow-x: auto; background: #f6f8fa; padding: .5rem; }
.document .markdown img { max-width: 100%; }
a.claim { color: inherit; text-decoration: none; border-radius: .2rem; padding: 0 .1rem;
  border-bottom: 2px solid; cursor: pointer; scroll-margin: 12rem 0 50vh; }
a.claim.v-pass { background: var(--pass-bg); border-color: var(--pass); }
a.claim.v-flag { background: var(--flag-bg); border-color: var(--flag); border-bottom-width: 3px; }
a.claim.v-flag.sev-minor { border-bottom-style: dashed; }
a.claim.v-unverified { background: var(--unverified-bg); border-color: var(--unverified);
  border-bottom-style: dotted; }
a.claim:hover, a.claim.current { outline: 2px solid var(--focus); }
span.skipped { border-bottom: 1px dotted var(--muted); }
body.hide-pass a.claim.v-pass, body.hide-flag a.claim.v-flag,
body.hide-unverified a.claim.v-unverified { background: none; border-color: transparent; }
body.hide-skipped span.skipped { border-color: transparent; }
body.hide-pass tr.v-pass, body.hide-flag tr.v-flag, body.hide-unverified tr.v-unverified,
body.hide-skipped tr.skipped { display: none; }
a.claim.ignored { background: #eee; border-color: var(--muted); border-bottom-style: dashed; }
body.hide-ignored a.claim.ignored { background: none; border-color: transparent; }
body.hide-ignored tr.ignored { display: none; }
tr.ignored td { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.verdict { font-weight: 600; }
tr.v-pass td.verdict { color: var(--pass); }
tr.v-flag td.verdict { color: var(--flag); }
tr.v-unverified td.verdict { color: var(--unverified); }
tr:target { outline: 3px solid var(--focus); }
table.compare { margin-top: .4rem; font-size: .85rem; width: auto; }
table.compare th, table.compare td { padding: .1rem .4rem; }
table.compare th { overflow-wrap: normal; }
table.compare td.differs { background: var(--flag-bg); color: var(--flag); font-weight: 600; }
.differs-note { font-weight: 400; font-style: italic; }
#panel { position: fixed; z-index: 2; overflow: auto; background: #fff;
  border: 1px solid var(--line); padding: .75rem 1rem; box-shadow: 0 8px 24px rgba(0, 0, 0, .18); }
#panel .panel-head { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
#panel h2 { margin: 0 auto 0 0; border: 0; padding: 0; font-size: 1.1rem; }
#panel dl { margin: .5rem 0 0; }
#panel dt { font-weight: 600; color: var(--muted); font-size: .85rem; margin-top: .4rem; }
#panel dd { margin: 0; }
@media (min-width: 64rem) {
  #panel { top: 0; right: 0; bottom: 0; width: var(--panel-width); border-left: 6px solid var(--muted); }
  body.panel-open { margin-right: calc(var(--panel-width) + 1rem); }
}
@media (max-width: 63.99rem) {
  #toolbar { position: static; }
  #panel { left: 0; right: 0; bottom: 0; max-height: 45vh; border-top: 6px solid var(--muted); }
  body.panel-open { padding-bottom: 50vh; }
}
#panel.v-pass { border-color: var(--pass); }
#panel.v-flag { border-color: var(--flag); }
#panel.v-unverified { border-color: var(--unverified); }
@media (max-width: 40rem) {
  body { padding: .75rem .75rem 4rem; }
  table.stack, table.stack > tbody, table.stack > tbody > tr,
  table.stack > tbody > tr > td { display: block; width: 100%; }
  table.stack > thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); }
  table.stack > tbody > tr { border: 1px solid var(--line); border-radius: .4rem;
    margin-bottom: .75rem; }
  table.stack > tbody > tr > td { border: 0; border-top: 1px solid var(--line); }
  table.stack > tbody > tr > td:first-child { border-top: 0; }
  table.stack > tbody > tr > td::before { content: attr(data-label); display: block;
    font-weight: 600; color: var(--muted); font-size: .8rem; }
}
@media print { #toolbar, #panel { display: none !important; } }
"""

JS = """\
(function () {
  "use strict";
  var body = document.body;
  var toolbar = document.getElementById("toolbar");
  var panel = document.getElementById("panel");
  var panelBody = document.getElementById("panel-body");
  var closeButton = document.getElementById("panel-close");
  var position = document.getElementById("position");
  var headers = Array.prototype.map.call(
    document.querySelectorAll("#claims-table thead th"),
    function (th) { return th.textContent; }
  );
  var KINDS = {
    flag: { selector: 'a.claim[data-verdict="flag"]:not(.ignored)', name: "Flag" },
    unverified: { selector: 'a.claim[data-verdict="unverified"]:not(.ignored)', name: "Unverified claim" }
  };
  var current = null;
  var opener = null;

  toolbar.hidden = false;
  document.getElementById("filters").addEventListener("change", function (event) {
    var box = event.target;
    if (box.getAttribute("data-filter")) {
      body.classList.toggle("hide-" + box.getAttribute("data-filter"), !box.checked);
    }
  });

  function claims(kind) {
    return Array.prototype.slice.call(document.querySelectorAll(KINDS[kind].selector));
  }

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
  }

  // Scroll so the claim lies in the part of the window that neither the sticky toolbar
  // nor the panel covers.
  function keepInView(link) {
    var rect = link.getBoundingClientRect();
    var top = 8;
    var bottom = window.innerHeight - 8;
    if (getComputedStyle(toolbar).position === "sticky") {  // where it will stick
      top = toolbar.getBoundingClientRect().height + 8;
    }
    if (!panel.hidden) {
      var box = panel.getBoundingClientRect();
      var across = box.left < rect.right && rect.left < box.right;
      if (across && box.top > window.innerHeight / 3) { bottom = Math.min(bottom, box.top - 8); }
    }
    if (rect.top < top || rect.bottom > bottom) {
      var room = Math.max(bottom - top - rect.height, 0);
      window.scrollBy(0, rect.top - top - room / 2);
    }
  }

  function open(link, how) {
    var row = document.getElementById(link.getAttribute("href").slice(1));
    if (!row) { return false; }
    if (current) { current.classList.remove("current"); }
    current = link;
    link.classList.add("current");
    showEvidence(row);
    panel.hidden = false;
    body.classList.add("panel-open");
    if (how === "focus-claim") { link.focus({ preventScroll: true }); }
    keepInView(link);
    if (how === "focus-panel") { closeButton.focus({ preventScroll: true }); }
    // The address names the claim open, to share it; not on opening the page, where the
    // browser would then scroll the claim to the top, under the toolbar.
    if (how && window.history && history.replaceState) {
      history.replaceState(null, "", "#" + link.id);
    }
    var kind = link.getAttribute("data-verdict");
    var list = KINDS[kind] && !link.classList.contains("ignored") ? claims(kind) : [];
    position.textContent = list.length ?
      KINDS[kind].name + " " + (list.indexOf(link) + 1) + " of " + list.length : "";
    return true;
  }

  function hidePanel() {
    panel.hidden = true;
    body.classList.remove("panel-open");
    if (current) { current.classList.remove("current"); }
    if (opener) { opener.focus(); opener = null; }
  }

  // The next (or previous) claim of a kind from the one open, in reading order, round
  // to the start after the last.
  function step(kind, delta) {
    var list = claims(kind);
    if (!list.length) { return; }
    var index = list.indexOf(current);
    if (index < 0) {
      index = delta > 0 ? -1 : list.length;
      if (current) {
        for (var i = 0; i < list.length; i++) {
          var after = current.compareDocumentPosition(list[i]) & Node.DOCUMENT_POSITION_FOLLOWING;
          if (after) { index = delta > 0 ? i - 1 : i; break; }
        }
      }
    }
    var next = list[(index + delta + list.length) % list.length];
    opener = null;
    open(next, "focus-claim");
  }

  Array.prototype.forEach.call(document.querySelectorAll("button[data-step]"), function (button) {
    var kind = button.getAttribute("data-kind");
    if (KINDS[kind] && !claims(kind).length) { button.disabled = true; }
    button.addEventListener("click", function () {
      var which = kind;
      if (which === "current") {
        which = current && KINDS[current.getAttribute("data-verdict")] ?
          current.getAttribute("data-verdict") : "flag";
      }
      step(which, Number(button.getAttribute("data-step")));
    });
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.claim") : null;
    if (!link) { return; }
    event.preventDefault();
    opener = link;
    open(link, "focus-panel");
  });
  closeButton.addEventListener("click", hidePanel);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) { hidePanel(); return; }
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable ||
        /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) { return; }
    var keys = { n: ["flag", 1], p: ["flag", -1], N: ["unverified", 1], P: ["unverified", -1] };
    var move = keys[event.key];
    if (move) { event.preventDefault(); step(move[0], move[1]); }
  });

  // Open on the claim the address names, else on the first flag; once the page has
  // loaded, so that the browser's own scrolling to an address is done.
  window.addEventListener("load", function () {
    var named = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (named && named.matches("a.claim")) {
      open(named, "");
    } else if (claims("flag").length) {
      open(claims("flag")[0], "");
    }
  });
})();
"""
