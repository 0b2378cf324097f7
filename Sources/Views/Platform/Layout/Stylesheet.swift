/// The one stylesheet, served at /static/app.css; kept in the binary so a run needs no asset folder.
public enum Stylesheet {
    public static let css = """
        :root { --ink:#1b1f24; --muted:#4a5562; --line:#c9d1da; --bg:#f6f8fa; --brand:#8b1a1a; --link:#0b4f9c; --ok:#1d6b35; --err:#a4161a; }
        * { box-sizing:border-box; }
        body { margin:0; font:16px/1.5 "Noto Sans","Segoe UI",Roboto,Arial,sans-serif; color:var(--ink); background:#fff; }
        a { color:var(--link); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline:3px solid #f2b705; outline-offset:2px; }
        .skip-link { position:absolute; left:-999px; top:0; background:#fff; padding:.5rem; }
        .skip-link:focus { left:.5rem; z-index:10; }
        .honeypot { position:absolute; left:-10000px; }
        .site-header { display:flex; flex-wrap:wrap; align-items:center; gap:1rem; padding:.6rem 1rem; background:var(--brand); color:#fff; }
        .site-header a { color:#fff; }
        .brand a { font-weight:700; font-size:1.25rem; text-decoration:none; }
        .tagline { margin-left:.6rem; font-size:.85rem; }
        .site-header nav ul { display:flex; flex-wrap:wrap; gap:.25rem 1rem; list-style:none; margin:0; padding:0; }
        .site-header nav a[aria-current=page] { font-weight:700; text-decoration:underline; }
        .user-box { margin-left:auto; font-size:.9rem; }
        .user-box .muted { color:#f3dede; }
        main { max-width:72rem; margin:0 auto; padding:1rem; }
        h1 { font-size:1.6rem; margin:.5rem 0 1rem; }
        .muted { color:var(--muted); }
        .card { border:1px solid var(--line); border-radius:6px; padding:1rem; background:#fff; margin-bottom:1rem; }
        .narrow { max-width:32rem; }
        .page-head { display:flex; flex-wrap:wrap; justify-content:space-between; align-items:center; gap:1rem; }
        .field { margin-bottom:.8rem; display:flex; flex-direction:column; gap:.2rem; }
        .field label { font-weight:600; }
        input[type=text], input[type=tel], input[type=number], input[type=file], input[type=password], input[type=search], input[type=date],\
         input[type=email], select, textarea {
          font:inherit; padding:.45rem .55rem; border:1px solid #7b8794; border-radius:4px; max-width:100%; }
        .hint { color:var(--muted); }
        .error-text, .field-error label { color:var(--err); }
        .button { display:inline-block; font:inherit; padding:.45rem .9rem; border-radius:4px; border:1px solid var(--brand);
          background:var(--brand); color:#fff; cursor:pointer; text-decoration:none; }
        .button.secondary { background:#fff; color:var(--brand); margin-left:.5rem; }
        .button.danger { background:var(--err); border-color:var(--err); }
        .button.link { background:none; border:none; color:inherit; text-decoration:underline; padding:0 0 0 .5rem; }
        .button.small { padding:.15rem .5rem; font-size:.85rem; }
        form.inline { display:inline; }
        .search-form, .filter-form { display:flex; flex-wrap:wrap; align-items:flex-end; gap:.5rem 1rem; margin-bottom:1rem; }
        .search-form .hint { flex-basis:100%; }
        .checkbox { font-weight:400; }
        .table-wrap { overflow-x:auto; }
        .public-operator { border-left:4px solid var(--brand); padding:.2rem .8rem; margin-bottom:1rem; }
        .public-operator p { margin:.2rem 0; }
        /* Citizens' schedule on a phone: one card per row, each cell named by its column. */
        @media (max-width:40rem) {
          table.stacked thead { position:absolute; left:-10000px; }
          table.stacked tr { display:block; border:1px solid var(--line); border-radius:4px; margin-bottom:.8rem; }
          table.stacked td { display:block; border:none; overflow-wrap:anywhere; }
          table.stacked td::before { content:attr(data-label); display:block; font-weight:600; }
        }
        table { border-collapse:collapse; width:100%; margin-bottom:1rem; }
        th, td { border-bottom:1px solid var(--line); padding:.4rem .5rem; text-align:left; vertical-align:top; }
        th { background:var(--bg); }
        td.code { font-family:monospace; white-space:nowrap; }
        td.json { font-family:monospace; font-size:.8rem; max-width:22rem; word-break:break-word; }
        .pagination { display:flex; gap:1rem; align-items:center; margin:1rem 0; }
        .breadcrumb ol { list-style:none; display:flex; flex-wrap:wrap; gap:.3rem; padding:0; margin:0 0 .5rem; }
        .breadcrumb li + li::before { content:"›"; margin-right:.3rem; color:var(--muted); }
        .facts { display:grid; grid-template-columns:max-content 1fr; gap:.3rem 1rem; }
        .facts dt { font-weight:600; }
        .facts dd { margin:0; }
        .tiles { list-style:none; padding:0; display:grid; grid-template-columns:repeat(auto-fill,minmax(12rem,1fr)); gap:1rem; }
        .tile { border:1px solid var(--line); border-radius:6px; padding:1rem; }
        .tile-value { display:block; font-size:1.8rem; font-weight:700; }
        .tabs ul { display:flex; flex-wrap:wrap; gap:0; list-style:none; margin:1rem 0; padding:0; border-bottom:2px solid var(--line); }
        .tabs li > a, .tabs li > strong { display:block; padding:.5rem 1rem; margin-bottom:-2px; border:2px solid transparent;
            border-radius:6px 6px 0 0; text-decoration:none; }
        .tabs li > a:hover { background:var(--bg); }
        .tabs li > strong, .tabs li > [aria-current] { border-color:var(--line); border-bottom-color:#fff; background:#fff; color:var(--ink); }
        .tile.alert { border-left:6px solid var(--err); }
        .tile-note { display:block; color:var(--err); font-weight:600; font-size:.9rem; }
        .action-grid { display:grid; grid-template-columns:repeat(auto-fit,minmax(18rem,1fr)); gap:1rem; }
        .flash { padding:.6rem .8rem; border-radius:4px; margin-bottom:1rem; }
        .flash-success { background:#e3f4e8; color:var(--ok); border:1px solid var(--ok); }
        .flash-error { background:#fbe4e4; color:var(--err); border:1px solid var(--err); }
        .flash-warning { background:#fff4d6; color:#6b4200; border:1px solid #a86b00; } .ocr-mark { font-size:.8em; font-weight:400; color:#6b4200; }
        .token { display:block; word-break:break-all; font-size:1rem; }
        .empty { color:var(--muted); font-style:italic; }
        .chart { margin:0 0 1.5rem; max-width:48rem; break-inside:avoid; }
        .chart figcaption { font-weight:600; margin-bottom:.3rem; }
        .chart svg { display:block; width:100%; height:auto; }
        .unconfirmed { color:#8a4b00; }
        .notifications { list-style:none; padding:0; }
        .notification { border:1px solid var(--line); border-radius:6px; padding:.6rem .8rem; margin-bottom:.6rem; }
        .notification p { margin:.2rem 0; }
        .notification.unread { border-left:6px solid var(--brand); background:var(--bg); }
        .badge { display:inline-block; font-size:.8rem; padding:0 .4rem; border:1px solid var(--brand); border-radius:3px; color:var(--brand); }
        .site-footer { border-top:1px solid var(--line); color:var(--muted); font-size:.85rem; padding:1rem; text-align:center; }
        .st { display:inline-block; padding:0 .35rem; border-radius:3px; border:1px solid; font-size:.9rem; white-space:nowrap; }
        .st-ok { background:#e3f4e8; color:#14532d; border-color:#1d6b35; }
        .st-late { background:#fff4d6; color:#6b4200; border-color:#a86b00; }
        .st-missing { background:#fbe4e4; color:#7f1216; border-color:#a4161a; }
        .st-returned { background:#efe6fb; color:#4a1d7a; border-color:#6b2fb3; }
        .st-waiting { background:#e4eefb; color:#0b3c78; border-color:#0b4f9c; }
        .st-future { background:#fff; color:var(--muted); border-color:var(--line); }
        table.grid td, table.grid th { text-align:center; } table.grid td:first-child, table.grid th:first-child { text-align:left; }
        .num { text-align:right; font-variant-numeric:tabular-nums; }
        ins { background:#e3f4e8; text-decoration:none; } del { background:#fbe4e4; }
        ul.assignments { list-style:none; padding-left:0; margin:.4rem 0 0; } ul.assignments li { padding:.2rem 0; border-top:1px solid var(--line); }
        ul.assignments li.late { border-left:4px solid #a86b00; padding-left:.5rem; }
        details.fold > summary { cursor:pointer; } details.fold > summary > h2 { display:inline; } details.fold > summary:focus-visible { outline:3px\
         solid #f2b705; }
        .visually-hidden { position:absolute; width:1px; height:1px; margin:-1px; padding:0; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap;\
         border:0; }
        table.visually-hidden { display:block; } /* a table keeps its content's width otherwise, and widens a phone's page */
        /* On a phone: the brand and the user on one line, the navigation one row that scrolls sideways (no script). */
        @media (max-width:40rem) {
          .tagline, .user-box .muted { display:none; } th, td { padding:.3rem; }
          .site-header { gap:.2rem .6rem; padding:.4rem .6rem 0; }
          .brand a { font-size:1.1rem; }
          .user-box { order:2; font-size:.85rem; }
          .site-header nav { order:3; flex-basis:100%; min-width:0; }
          .site-header nav ul { flex-wrap:nowrap; overflow-x:auto; gap:0; padding-bottom:.2rem; scrollbar-width:thin; scrollbar-color:#f3dede\
         transparent; }
          .site-header nav li { flex:none; }
          .site-header nav a { display:block; padding:.45rem .6rem; white-space:nowrap; }
          .site-header nav li:first-child a { padding-left:0; }
          .site-header nav a[aria-current=page] { background:rgba(255,255,255,.18); border-radius:4px 4px 0 0; }
          .site-header nav a:focus { outline-offset:-3px; }
          .tiles { grid-template-columns:repeat(2,minmax(0,1fr)); gap:.6rem; } .tile { padding:.7rem; } .tile-value { font-size:1.5rem; }
        }
        @media print {
          .site-header nav, .user-box, .no-print, .task a[href^="?"], .search-form, .filter-form, .pagination, .skip-link, form { display:none\
         !important; }
          .site-header { background:none; color:#000; border-bottom:2px solid #000; }
          .site-header a { color:#000; }
          a { color:#000; text-decoration:none; }
          main { max-width:none; padding:0; }
          body { font-size:12pt; }
          details::details-content { content-visibility:visible; display:contents; }
          details > summary { list-style:none; } details > summary::-webkit-details-marker { display:none; }
        }
        """
}
