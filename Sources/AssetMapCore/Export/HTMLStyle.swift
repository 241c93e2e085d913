/// The HTML copy's one style sheet. Black and white, large clear type on screen; in print, A4 with body text
/// of 12 pt and nothing under 11 pt, page one on a page of its own, and nothing wider than the page, so a
/// browser never shrinks the copy to fit.
enum HTMLStyle {
    static let sheet = [page, map, lists, tables, chart, narrow, print].joined(separator: "\n")

    static let page = """
        *,*::before,*::after{box-sizing:border-box}
        body{font-family:"Atkinson Hyperlegible",Verdana,system-ui,sans-serif;font-size:14pt;line-height:1.45;
        color:#000;background:#fff;max-width:62em;margin:0 auto;padding:1em;overflow-wrap:break-word}
        h1{font-size:26pt;margin:.2em 0}h2{font-size:19pt;border-bottom:2px solid #000;margin:1.2em 0 .4em}
        h3{font-size:15pt;margin:.8em 0 .2em}
        .made,.key,.none,figcaption,.kind,.meta,.rung-meta{color:#333}
        blockquote{border-left:6px solid #000;margin:0;padding:.1em 1em;font-size:1.05em}blockquote p{margin:.2em 0}
        figure{margin:0}.side-by-side{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:0 1.5em}
        .columns{display:flex;flex-wrap:wrap;gap:0 1.5em}.columns>div{flex:1 1 15em;min-width:0}
        """

    /// The ring picture's own classes, as drawn by `SVGRings`.
    static let map = """
        svg.rings{display:block;width:100%;height:auto}
        svg .ring{fill:none;stroke:#000;stroke-width:1.2;stroke-dasharray:3 3}
        svg .edge{stroke:#000;stroke-width:1.5}svg .knows{stroke:#555;stroke-width:1}
        .map-key{margin:.2em 0}.map-key strong{white-space:nowrap}
        svg text{font-size:12px;fill:#000;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
        svg .centre{font-weight:bold;font-size:14px}
        svg .ring-label,svg .sector-label{fill:#333;font-style:italic;font-size:12px}
        svg .draining{text-decoration:underline}li.draining strong{text-decoration:underline}.symbol{font-weight:bold}
        """

    static let lists = """
        ul.plain{list-style:none;padding:0;margin:.3em 0}ul.plain li{margin-bottom:.4em}
        ul.ladder{list-style:none;padding:0;border-left:4px double #000;border-right:4px double #000;max-width:40em}
        ul.ladder li{border-top:2px solid #000;padding:.4em .8em}ul.ladder li.goal-top{font-weight:bold;border-top:none}
        ul.ladder li.current{border:3px solid #000;font-weight:bold}.rung-meta{display:block;font-size:.9em}
        """

    static let tables = """
        .table-wrap{overflow-x:auto;margin:.6em 0}
        table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold;padding:.2em 0}
        th,td{border:1px solid #000;padding:.2em .4em;text-align:left;vertical-align:top}tbody th{font-weight:normal}
        .table-wrap td{text-align:center;white-space:nowrap}tr.total th,tr.total td{font-weight:bold;white-space:normal}
        """

    static let chart = """
        .chart{margin:1em 0;max-width:44em}.chart figcaption{font-weight:bold;color:#000}
        ul.chart-rows{list-style:none;margin:0;padding:0}
        .chart-row{display:grid;grid-template-columns:7.5em minmax(0,1fr) 9em;gap:.6em;align-items:center;
        padding:.15em 0}
        .track{position:relative;height:1.2em;border-left:2px solid #000;border-right:1px dashed #000}
        .scale .track{border:none;height:1.5em}.tick{position:absolute;top:0;transform:translateX(-50%)}
        .tick:first-child{transform:none}.tick:last-child{transform:translateX(-100%)}
        .grid{position:absolute;top:0;bottom:0;border-left:1px dotted #555}
        .bar{position:absolute;left:0;top:.15em;bottom:.15em;background:#555;border:1px solid #000;
        print-color-adjust:exact;-webkit-print-color-adjust:exact}
        .bar.partial{background:#999;border-style:dashed}.chart-scale{margin:.4em 0 0}
        """

    /// A phone held upright: one column, and each chart row's bar under its date.
    static let narrow = """
        @media (max-width:40em){body{font-size:13pt;padding:.6em}h1{font-size:21pt}h2{font-size:17pt}
        .side-by-side{grid-template-columns:minmax(0,1fr)}
        .chart-row{grid-template-columns:minmax(0,1fr) auto}.chart-row .track{grid-column:1/-1;grid-row:2}
        .chart-row .value{grid-column:2;grid-row:1}}
        """

    /// Page one fills its page: the map takes the room the words leave it, so it is as large as it can be
    /// and the page never runs over (unless the words alone fill it, when the map keeps the height at which its
    /// words print at 9 pt, 106 mm or 128 mm for a crowded map's larger picture, and the rest moves on).
    static let print = """
        @media print{@page{size:A4;margin:12mm 14mm}
        body{font-size:12pt;line-height:1.3;max-width:none;padding:0}h1{font-size:22pt;margin:0}
        h2{font-size:16pt;margin:.9em 0 .3em}h3{font-size:13pt}.rung-meta,figcaption{font-size:11pt}
        #page-one{min-height:270mm;display:flex;flex-direction:column;break-after:page}
        #page-one h2{font-size:15pt;margin:.5em 0 .2em}#page-one .made{margin:.1em 0}
        #page-one blockquote p{margin:.1em 0}
        #page-one ul.plain{margin-bottom:0}#contacts li{margin-bottom:.1em}
        #map,figure.map{flex:1 1 auto;display:flex;flex-direction:column}svg.rings{flex:1 1 0;min-height:106mm}
        svg.rings.crowded{min-height:128mm}.map-key{font-size:11pt}
        h2,h3,.goal-head{break-after:avoid}.goal-head,li,tr,figure,.table-wrap,ul.ladder{break-inside:avoid}
        .table-wrap{overflow:visible}}
        """
}
