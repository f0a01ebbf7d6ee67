// Styles inside Lede's closed shadow root. `:host { all: initial }` keeps the page's inherited styles
// out; everything here is Lede's own and cannot reach the page.
// The host is an empty positioned box at the document's origin, so that it paints in a layer of its own:
// as an inline box after <body> (what `all: initial` alone makes it), every change to Lede's UI made the
// browser revisit the whole page before painting (~20 ms a frame on a 15 MB article in Chromium). Its
// children keep their coordinates: absolute ones are placed from the document's origin as before, fixed
// ones from the viewport (nothing here makes the host a containing block for them).
export const SHADOW_CSS = `
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; }
.lede-ui { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; }
/* The ruler and the card stay in the viewport. They sit in one fixed layer whose layout is its own
   (contain), so that opening a card or moving the ruler's marks does not make the browser lay out and
   revisit the whole page, as fixed boxes placed straight in the viewport did. */
.lede-viewport { position: fixed; inset: 0; contain: strict; pointer-events: none; z-index: 2; }
.lede-card {
  position: absolute; z-index: 3; box-sizing: border-box; width: 320px; max-width: calc(100vw - 32px);
  background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 6px 20px rgba(0,0,0,.18); pointer-events: auto;
}
.lede-card h2 { font: 600 13px/1.3 inherit; margin: 0 0 4px; }
.lede-card h2.value { font-size: 18px; font-variant-numeric: tabular-nums; margin: 0 0 2px; word-break: break-word; }
.lede-card .kind { color: #57606a; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; margin: 0; }
.lede-card .subject { margin: 0 0 4px; }
.lede-card .compared { color: #57606a; margin: 4px 0; }
.lede-card .why, .lede-card .about { margin: 4px 0; }
.lede-card .mentions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 6px 0 0; color: #57606a; }
.lede-card .mentions button:disabled { opacity: .45; cursor: default; }
.lede-card .meta { color: #57606a; margin: 2px 0; }
.lede-card .position { font-size: 11px; margin-top: 6px; }
.lede-card .themes { display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0 0; padding: 0; list-style: none; }
.lede-card .themes li { background: #eef1f4; border-radius: 10px; padding: 1px 8px; }
.lede-card .actions { display: flex; gap: 8px; margin-top: 8px; }
.lede-card button, .lede-badge button {
  font: inherit; cursor: pointer; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; padding: 2px 8px; color: inherit;
}
.lede-card button:focus-visible, .lede-mark:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.lede-ruler {
  position: absolute; z-index: 2; top: 0; right: 0; width: 10px; height: 100%; pointer-events: none;
  background: rgba(208,215,222,.25);
}
.lede-mark {
  position: absolute; right: 0; width: 10px; height: 4px; margin-top: -2px; padding: 0; border: 0;
  pointer-events: auto; cursor: pointer; background: #57606a;
}
.lede-mark[data-group="numeric"] { background: #0969da; }
.lede-mark[data-group="strategic"] { background: #bc4c00; }
.lede-mark[data-group="sponsored"] { background: #cf222e; height: 6px; margin-top: -3px; }
.lede-bars { position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 1; }
.lede-bar {
  position: absolute; box-sizing: content-box; width: 3px; margin: 0; padding: 0 3px; border: 0; cursor: pointer;
  background: #bc4c00; background-clip: content-box; opacity: .55; pointer-events: auto;
}
.lede-bar:hover, .lede-bar[data-current] { opacity: 1; }
.lede-bar:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.lede-badges { position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 1; }
.lede-badge {
  position: absolute; box-sizing: border-box; width: max-content; transform: translateX(-100%);
  display: flex; flex-direction: column; align-items: flex-end; font-size: 12px; line-height: 16px;
  pointer-events: none;
}
.lede-badge .lede-badge-label {
  box-sizing: border-box; max-width: 100%; min-width: 12px; height: 18px; white-space: nowrap; overflow: hidden;
  font: 12px/16px system-ui, -apple-system, "Segoe UI", sans-serif; color: #fff; background: #cf222e;
  border: 0; border-radius: 0 0 0 4px; padding: 1px 7px; cursor: pointer; pointer-events: auto;
}
.lede-badge .lede-badge-label:focus-visible { outline: 2px solid #0969da; outline-offset: -2px; }
.lede-badge-details {
  box-sizing: border-box; width: max-content; margin-top: 2px; padding: 6px 8px; text-align: left; white-space: normal;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.15);
  pointer-events: auto;
}
.lede-badge-details p { margin: 0 0 2px; }
.lede-badge-details .lede-badge-title { font-weight: 600; }
.lede-badge-details .lede-badge-why { color: #57606a; }
.lede-badge-details ul { margin: 0; padding-left: 16px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
