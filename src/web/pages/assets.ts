/**
 * The web chat's style sheet and its little script, served from /try/ (the pages allow nothing
 * inline). Kept as modules so that the compiled server carries them without a copy step.
 */
export const STYLE = `
:root {
  --ink: #1d2430; --muted: #5d6778; --line: #dfe3ea; --page: #f3f5f8; --card: #fff;
  --accent: #2f5bd3; --accent-ink: #fff; --danger: #b42318; --person: #e6edff; --note: #fff8e1;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: var(--page);
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
a { color: var(--accent); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.top { position: sticky; top: 0; z-index: 2; background: var(--card); border-bottom: 1px solid var(--line); }
.top-inner { max-width: 820px; margin: 0 auto; padding: .6rem 1rem; display: flex; align-items: center; gap: 1rem; }
.brand { margin: 0; font-size: 1.1rem; white-space: nowrap; }
.brand span { color: var(--muted); font-weight: normal; }
.who { flex: 1; min-width: 0; color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.who strong { color: var(--ink); }
.wrap { width: 100%; max-width: 820px; margin: 0 auto; padding: 1rem; flex: 1; }
.messages { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .9rem; }
.message { display: flex; gap: .6rem; align-items: flex-start; scroll-margin-top: 4.5rem; }
.avatar { flex: none; width: 2rem; height: 2rem; border-radius: 50%; background: var(--accent); color: var(--accent-ink);
  display: grid; place-items: center; font-weight: 700; }
.message.person { justify-content: flex-end; }
.message.person p { margin: 0; max-width: 70%; background: var(--person); border-radius: 1rem 1rem .25rem 1rem; padding: .45rem .85rem;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.card { flex: 1; min-width: 0; background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .75rem 1rem;
  box-shadow: 0 1px 2px rgb(0 0 0 / .04); overflow-wrap: anywhere; }
.card > :first-child { margin-top: 0; }
.card > :last-child { margin-bottom: 0; }
.card-heading { font-size: 1.05rem; margin: .2rem 0 .5rem; }
.card-text { margin: .45rem 0; white-space: pre-line; }
.card-context { margin: .35rem 0; color: var(--muted); font-size: .85rem; white-space: pre-line; }
.card code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; background: #eef1f6;
  border: 1px solid var(--line); border-radius: .3rem; padding: 0 .3rem; }
.card hr { border: 0; border-top: 1px solid var(--line); margin: .7rem 0; }
.card-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .3rem 1rem; margin: .5rem 0; }
.card-fields div { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 .5rem; border-bottom: 1px dotted var(--line); padding: .15rem 0; }
.card-fields dt { font-weight: 600; flex: 0 0 auto; }
.card-fields dd { margin: 0; text-align: right; flex: 1 1 12rem; }
.card-progress { margin: .5rem 0; }
.progress-label { display: flex; justify-content: space-between; margin: 0 0 .2rem; }
progress { width: 100%; height: .6rem; appearance: none; border: 0; border-radius: .3rem; background: #e4e8f0; overflow: hidden; }
progress::-webkit-progress-bar { background: #e4e8f0; }
progress::-webkit-progress-value { background: var(--accent); }
progress::-moz-progress-bar { background: var(--accent); }
.card-image { max-width: 100%; border-radius: .4rem; }
.card-picture { display: block; max-width: 100%; height: auto; margin: .4rem 0; }
.card-buttons { display: flex; flex-wrap: wrap; gap: .4rem; margin: .6rem 0 .3rem; }
.press { margin: 0; display: inline; }
.button { display: inline-block; font: inherit; font-size: .9rem; line-height: 1.2; padding: .42rem .8rem; border-radius: .4rem;
  border: 1px solid #c5ccd8; background: var(--card); color: var(--ink); cursor: pointer; text-decoration: none; }
.button:hover { border-color: var(--accent); }
.button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-ink); }
.button.danger { background: var(--danger); border-color: var(--danger); color: #fff; }
.button:disabled { opacity: .55; cursor: default; }
.compose { position: sticky; bottom: 0; z-index: 2; background: var(--card); border-top: 1px solid var(--line); }
.compose-inner { max-width: 820px; margin: 0 auto; padding: .6rem 1rem .8rem; }
.say { display: flex; gap: .5rem; }
.say input { flex: 1; font: inherit; padding: .5rem .75rem; border: 1px solid #c5ccd8; border-radius: .4rem; }
.say input:focus { outline: 2px solid var(--accent); outline-offset: 0; }
.notices { max-height: 45vh; overflow: auto; }
.notice { display: flex; gap: .6rem; align-items: flex-start; margin-bottom: .6rem; }
.notice .card { background: var(--note); border-style: dashed; }
.notice-tag { display: block; color: var(--muted); font-size: .8rem; margin: 0 0 .2rem; }
.hint { color: var(--muted); font-size: .8rem; margin: .35rem 0 0; }
.picker h2 { margin: .5rem 0; }
.people { list-style: none; margin: 1rem 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .6rem; }
.pick { width: 100%; text-align: left; display: flex; flex-direction: column; gap: .15rem; padding: .7rem .9rem; }
.pick strong { font-size: 1rem; }
.pick span { color: var(--muted); font-size: .85rem; }
.pick .tag { color: var(--accent); font-weight: 600; }
.note { color: var(--muted); font-size: .9rem; }
.busy .button { opacity: .6; }
`;

export const SCRIPT = `
document.addEventListener('DOMContentLoaded', function () {
  // A fresh page opens at the newest message; after a turn the address names the message to show.
  if (!location.hash) {
    var end = document.getElementById('end');
    if (end) end.scrollIntoView({ block: 'end' });
  }
  // One press per form: a second click while the first is on its way does nothing.
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.classList.contains('busy')) return event.preventDefault();
      form.classList.add('busy');
    });
  });
});
`;
