// The SPARQL editor: YASGUI against our own endpoint, fed only by our own JSON (prefixes, ontology terms,
// example queries), so the page makes no outside network calls. No inline script: CSP default-src 'self'.
(function () {
  "use strict";

  const Yasgui = window.Yasgui.default || window.Yasgui;
  const Yasqe = window.Yasqe.default || window.Yasqe;
  const Yasr = window.Yasr.default || window.Yasr;
  const SVG = "http://www.w3.org/2000/svg";

  // YASR's column resizer adds its rules to <head> as a <style> element, which the Content-Security-Policy
  // (default-src 'self') refuses and reports as an error; workbench.css carries equivalent rules, so
  // style elements meant for <head> are not added at all.
  const appendChild = Node.prototype.appendChild;
  Node.prototype.appendChild = function (child) {
    if (this === document.head && child instanceof HTMLStyleElement) return child;
    return appendChild.call(this, child);
  };

  function getJson(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }

  function prefixLines(prefixes) {
    return Object.keys(prefixes).map(function (p) { return "PREFIX " + p + ": <" + prefixes[p] + ">"; }).join("\n");
  }

  // Autocompletion of classes and properties from our graph instead of the remote LOV service.
  function registerCompleters(terms) {
    Yasqe.forkAutocompleter("class", { name: "ourClasses", bulk: true, persistenceId: null, get: function () { return terms.classes; } }, false);
    Yasqe.forkAutocompleter("property", { name: "ourProperties", bulk: true, persistenceId: null, get: function () { return terms.properties; } }, false);
  }

  function numeric(binding) {
    return binding && binding.type === "literal" && binding.value !== "" && !isNaN(Number(binding.value));
  }

  function label(binding) {
    if (!binding) return "";
    return binding.value.replace(/^.*[\/#]/, function (m) { return binding.type === "uri" ? "" : m; });
  }

  // A bar chart of the first numeric column against the other columns: YASR's own chart plugin needs
  // Google Charts from a CDN, which the page may not load.
  class BarChart {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 5;
      this.label = "Biểu đồ";
    }

    columns() {
      const results = this.yasr.results;
      if (!results || !results.getVariables) return null;
      const vars = results.getVariables();
      const rows = results.getBindings() || [];
      const value = vars.find(function (v) { return rows.length > 0 && rows.every(function (r) { return !r[v] || numeric(r[v]); }) && rows.some(function (r) { return numeric(r[v]); }); });
      if (!value) return null;
      return { value: value, labels: vars.filter(function (v) { return v !== value; }), rows: rows };
    }

    canHandleResults() {
      return this.columns() !== null;
    }

    getIcon() {
      const icon = document.createElement("span");
      icon.className = "chart-icon";
      icon.textContent = "▮▮";
      return icon;
    }

    draw() {
      const c = this.columns();
      const bars = c.rows.filter(function (r) { return numeric(r[c.value]); }).slice(0, 60);
      const max = Math.max.apply(null, bars.map(function (r) { return Math.abs(Number(r[c.value].value)); }).concat([1e-9]));
      const rowHeight = 22, labelWidth = 420, barWidth = 380, height = bars.length * rowHeight + 28;
      const svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("class", "bar-chart");
      svg.setAttribute("viewBox", "0 0 " + (labelWidth + barWidth + 90) + " " + height);
      svg.setAttribute("role", "img");
      const title = document.createElementNS(SVG, "title");
      title.textContent = "?" + c.value;
      svg.appendChild(title);
      bars.forEach(function (r, i) {
        const y = i * rowHeight + 4;
        const v = Number(r[c.value].value);
        const text = document.createElementNS(SVG, "text");
        text.setAttribute("x", labelWidth - 6);
        text.setAttribute("y", y + 14);
        text.setAttribute("text-anchor", "end");
        text.setAttribute("class", "bar-label");
        text.textContent = c.labels.map(function (l) { return label(r[l]); }).filter(Boolean).join(" · ").slice(0, 70);
        const bar = document.createElementNS(SVG, "rect");
        bar.setAttribute("x", labelWidth);
        bar.setAttribute("y", y);
        bar.setAttribute("height", rowHeight - 6);
        bar.setAttribute("width", Math.max(1, barWidth * Math.abs(v) / max));
        bar.setAttribute("class", "bar");
        const value = document.createElementNS(SVG, "text");
        value.setAttribute("x", labelWidth + barWidth * Math.abs(v) / max + 6);
        value.setAttribute("y", y + 14);
        value.setAttribute("class", "bar-value");
        value.textContent = r[c.value].value;
        svg.append(text, bar, value);
      });
      const caption = document.createElement("p");
      caption.className = "muted";
      caption.textContent = "Cột số: ?" + c.value + (c.rows.length > bars.length ? " (60 dòng đầu)" : "");
      this.yasr.resultsEl.append(caption, svg);
      this.svg = svg;
    }

    download() {
      const svg = this.svg;
      if (!svg) return undefined;
      return { contentType: "image/svg+xml", filename: "bieu-do.svg", title: "Tải biểu đồ (SVG)",
               getData: function () { return new XMLSerializer().serializeToString(svg); } };
    }
  }

  function start(terms, examples) {
    registerCompleters(terms);
    Yasr.registerPlugin("chart", BarChart);
    const initial = prefixLines(terms.prefixes) + "\n\nSELECT ?document ?title WHERE {\n  ?document vnp:inCorpus true ; eli:title ?title .\n  FILTER(lang(?title) = \"vi\")\n}\nORDER BY ?document\n";
    const endpoint = window.location.origin + "/sparql";
    const yasgui = new Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: true,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      persistenceId: null,
      populateFromUrl: false,
      yasqe: { value: initial, autocompleters: ["prefixes", "variables", "ourClasses", "ourProperties"], persistenceId: null,
               prefixCcApi: null },
      yasr: { prefixes: terms.prefixes, pluginOrder: ["table", "chart", "response"], defaultPlugin: "table", persistenceId: null }
    });
    window.policyEditor = yasgui;

    const select = document.getElementById("examples");
    examples.forEach(function (e) {
      const option = document.createElement("option");
      option.value = e.name;
      option.textContent = e.title;
      select.appendChild(option);
    });
    function chosen() {
      return examples.find(function (e) { return e.name === select.value; });
    }
    select.addEventListener("change", function () {
      const e = chosen();
      document.getElementById("example-question").textContent = e ? e.question : "";
      if (e) yasgui.getTab().getYasqe().setValue(e.query);
    });
    document.getElementById("run-example").addEventListener("click", function () {
      const e = chosen();
      if (e) yasgui.getTab().getYasqe().setValue(e.query);
      yasgui.getTab().getYasqe().query();
    });
  }

  Promise.all([getJson("/query/terms.json"), getJson("/query/examples.json")])
    .then(function (r) { start(r[0], r[1]); })
    .catch(function (e) {
      document.getElementById("yasgui").textContent = "Không tải được trình soạn truy vấn: " + e.message;
    });
})();
