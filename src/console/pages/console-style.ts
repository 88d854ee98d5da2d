/**
 * The console's style sheet, served from /app/assets/console.css (pages allow no inline style or
 * script). Plain CSS: readable on a phone (one column under 40rem), visible focus, colours with
 * enough contrast for WCAG AA.
 */
export const CONSOLE_STYLE = `
:root {
  --ink: #1d2430; --muted: #535d6e; --line: #d9dee7; --page: #f3f5f8; --card: #fff;
  --accent: #2a52be; --accent-ink: #fff; --danger: #a61b12; --good: #1b6e3a; --warn: #8a4b00;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--page);
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: .5rem; background: var(--card); padding: .4rem .8rem; border: 2px solid var(--accent); z-index: 10; }
.skip:focus { left: .5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.top { background: var(--card); border-bottom: 1px solid var(--line); }
.top-inner { max-width: 72rem; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.25rem; }
.brand { margin: 0; font-size: 1.1rem; white-space: nowrap; }
.brand a { color: var(--ink); text-decoration: none; }
.brand span { color: var(--muted); font-weight: normal; }
.nav { flex: 1; }
.nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .9rem; }
.nav a { text-decoration: none; padding: .2rem 0; border-bottom: 2px solid transparent; }
.nav a[aria-current="page"] { color: var(--ink); font-weight: 600; border-bottom-color: var(--accent); }
.who { display: flex; align-items: center; gap: .6rem; color: var(--muted); }
.wrap { width: 100%; max-width: 72rem; margin: 0 auto; padding: 1rem; flex: 1; }
h1 { font-size: 1.45rem; margin: .4rem 0 .8rem; }
h2 { font-size: 1.15rem; margin: 1.4rem 0 .6rem; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
.panel { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .9rem 1.1rem; margin: 0 0 1rem; overflow-wrap: anywhere; }
.panel > :first-child { margin-top: 0; }
.panel > :last-child { margin-bottom: 0; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
.muted { color: var(--muted); }
.notice { background: #eef4ff; border: 1px solid #b7c9f3; border-radius: .5rem; padding: .6rem .9rem; margin: 0 0 1rem; }
.notice.error { background: #fdeeee; border-color: #f0b9b5; }
.picture { max-width: 100%; height: auto; display: block; }
.table-wrap { overflow-x: auto; position: relative; }
table { border-collapse: collapse; width: 100%; background: var(--card); }
caption { text-align: left; font-weight: 600; padding: .4rem 0; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { background: #eef1f6; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.tag { display: inline-block; font-size: .8rem; font-weight: 600; padding: .05rem .45rem; border-radius: 1rem; border: 1px solid currentColor; white-space: nowrap; }
.tag.gap { color: var(--danger); }
.tag.on-target { color: var(--good); }
.tag.not-sure { color: var(--warn); }
.tag.not-assessed { color: var(--muted); }
.button { display: inline-block; font: inherit; font-size: .92rem; line-height: 1.2; padding: .45rem .85rem; border-radius: .4rem;
  border: 1px solid #b8c0cd; background: var(--card); color: var(--ink); cursor: pointer; text-decoration: none; }
.button:hover { border-color: var(--accent); }
.button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-ink); }
.button.danger { background: var(--danger); border-color: var(--danger); color: #fff; }
.inline { display: inline; margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; margin: .6rem 0; }
form.stack { display: grid; gap: .7rem; max-width: 44rem; }
label { font-weight: 600; }
input[type="text"], input[type="number"], input[type="date"], select, textarea { font: inherit; width: 100%; padding: .45rem .6rem; border: 1px solid #b8c0cd; border-radius: .4rem; background: #fff; }
textarea { min-height: 10rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; }
.hint { color: var(--muted); font-size: .85rem; font-weight: normal; }
progress { width: 100%; height: .6rem; }
/* people pages: pictures, learning items, statuses, trends */
.figure { margin: 0 0 .8rem; }
.table-wrap:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
ul.items, ul.people { padding-left: 1.1rem; }
ul.items > li, ul.people > li { margin: .35rem 0; }
ul.people ul { color: var(--muted); padding-left: 1rem; margin: .1rem 0 .5rem; }
.status { font-size: .85rem; font-weight: 600; }
.status.done { color: var(--good); }
.status.in-progress { color: var(--warn); }
.status.not-started { color: var(--muted); }
.trend { font-weight: 600; white-space: nowrap; }
.trend.on-target { color: var(--good); }
.trend.gap { color: var(--danger); }
.trend.not-assessed { color: var(--muted); }
table.heat-map td { min-width: 7.5rem; }
table.heat-map tbody th { min-width: 9.5rem; }
/* admin pages */
ul.plain { list-style: none; margin: 0; padding: 0; }
dl.facts { display: flex; flex-wrap: wrap; gap: .3rem 1.5rem; margin: .6rem 0; }
dl.facts dt { color: var(--muted); font-size: .85rem; }
dl.facts dd { margin: 0; font-weight: 600; }
ol.options { list-style: none; padding: 0; margin: .4rem 0; }
tr.refused td { background: #fdeeee; }
footer.foot { color: var(--muted); font-size: .85rem; text-align: center; padding: 1rem; }
@media (max-width: 40rem) {
  .top-inner { padding: .5rem .75rem; }
  .wrap { padding: .75rem; }
  th, td { padding: .35rem .4rem; }
  /* on a phone the heat map's table is the view: the picture would be too small to read */
  .wide-only { display: none; }
}
`;
