/**
 * The print stylesheet of Périmètre's printable documents (the dossier « Diagnostic territorial »
 * and the regional summary of the « Vue ARS »): A4 pages, compact tables, the « DONNÉES
 * FICTIVES » mark on every page.
 */
export const PRINT_CSS = `
*{box-sizing:border-box}
body{font:9.5pt/1.35 "Noto Sans","DejaVu Sans",Arial,sans-serif;color:#111;margin:0 auto;max-width:190mm;padding:8mm 0}
h1{font-size:17pt;margin:0 0 2px}h2{font-size:12pt;margin:10px 0 4px;border-bottom:1px solid #777;break-after:avoid}
h3{font-size:10pt;margin:8px 0 3px;break-after:avoid}p{margin:3px 0}
table{border-collapse:collapse;width:100%;margin:3px 0;break-inside:avoid}
td,th{border:1px solid #bbb;padding:1px 5px;text-align:left;vertical-align:top}.n{text-align:right;white-space:nowrap}
table.kv th{width:42%;font-weight:600;background:#f3f3f3}
.small{font-size:8pt}.warn{color:#8a4b00}.na{color:#555;font-style:italic}.cite{color:#555}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:8px;align-items:start}
.map svg{width:100%;height:auto;display:block}.cols svg{width:100%;height:auto}
.subtitle{color:#333;margin-bottom:6px}
dl.glossary{font-size:8pt;margin:2px 0}dl.glossary dt{font-weight:600;float:left;margin-right:4px}dl.glossary dd{margin:0 0 2px}
.fictif{color:#b00020;font-weight:bold}
.fictif-mark{position:fixed;bottom:0;right:0;color:#b00020;font-weight:bold;font-size:9pt;border:1px solid #b00020;padding:1px 4px;background:#fff}
.page{break-after:page}
.annex table{font-size:8pt}
@media print{@page{size:A4;margin:10mm 10mm 12mm}body{padding:0;max-width:none}}
`;
