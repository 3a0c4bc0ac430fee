import Foundation

/// Debian's headless chromium, asked what a person would see on a built page.
///
/// `look(at:)` copies the page to a sibling file (so every relative link, the stylesheet and the
/// script still resolve from disk) with one extra script that runs after the page has loaded and
/// its own script has run, and shows the copy in a frame of the asked width. That script gets
/// `probe` (below) and returns a JSON value; it reaches the framing page base64-encoded, is read
/// back from `--dump-dom` and decoded. Layout is real: the
/// stylesheet applies at the window's width, so `probe.visible` means laid out with a size,
/// not merely present in the DOM.
enum Browser {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// One fresh profile per run, so browsers started side by side never share one. Runs as root
    /// in CI, hence `--no-sandbox`.
    static func arguments(profile: String) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-dev-shm-usage",
         "--user-data-dir=\(profile)"]
    }

    /// Runs chromium with `extra` arguments in a throw-away profile.
    static func chromium(_ extra: [String]) throws -> (status: Int32, output: String) {
        let profile = Scratch.path("kader-chromium")
        defer { try? FileManager.default.removeItem(atPath: profile) }
        return try run("chromium", arguments(profile: profile) + extra)
    }

    /// Opens the page at `path` (a file) `width` pixels wide and returns what `script` returns.
    /// `script` is the body of a JavaScript function of `probe`; it may return a promise.
    static func look<T: Decodable>(at path: String, width: Int = 1280, height: Int = 1000, query: String = "",
                                   _ script: String, as type: T.Type = T.self) throws -> T {
        try look(atEach: [path], width: width, height: height, query: query, script, as: type)[0]
    }

    /// `look(atEach:)` in dark mode (`dark`: chromium's `--force-dark-mode`, so
    /// `prefers-color-scheme: dark` holds) and with `prelude`, a script of its own (a library
    /// such as axe-core) loaded into each page before the probe.
    static func look<T: Decodable>(atEach paths: [String], width: Int = 1280, height: Int = 1000, query: String = "",
                                   dark: Bool, prelude: String = "", _ script: String, as type: T.Type = T.self) throws -> [T] {
        try look(atEach: paths, width: width, height: height, query: query, extra: dark ? ["--force-dark-mode"] : [],
                 prelude: prelude, script, as: type)
    }

    /// `look(at:)` for several pages in one run of chromium: what `script` returns on each.
    static func look<T: Decodable>(atEach paths: [String], width: Int = 1280, height: Int = 1000, query: String = "",
                                   extra: [String] = [], prelude: String = "",
                                   _ script: String, as type: T.Type = T.self) throws -> [T] {
        let name = "kader-probe-\(UUID().uuidString)"
        var copies: [URL] = []
        defer { for copy in copies { try? FileManager.default.removeItem(at: copy) } }
        for (index, path) in paths.enumerated() {
            let html = try String(contentsOfFile: path, encoding: .utf8)
            let copy = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("\(name)-\(index).html")
            let library = prelude.isEmpty ? "" : "<script>\n\(prelude.replacingOccurrences(of: "</script", with: "<\\/script"))\n</script>\n"
            let injected = library + "<script>\n\(probe)\nkaderProbe(\(index), function (probe) {\n\(script)\n});\n</script>\n"
            let text = html.range(of: "</body>", options: .backwards).map { html.replacingCharacters(in: $0, with: injected + "</body>") }
                ?? html + injected
            try Data(text.utf8).write(to: copy)
            copies.append(copy)
        }
        // Headless chromium will not make its window narrower than 500 px, so each page is shown
        // in a frame exactly `width` px wide, which is its viewport (media queries included); the
        // probes post their answers up to this page, whose DOM chromium prints.
        let frames = copies.map { #"<iframe src="\#($0.absoluteString)\#(query)" width="\#(width)" height="\#(height)"></iframe>"# }
        let harness = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>html, body { margin: 0; } iframe { border: 0; display: block; }</style>
            <script>
            // In the head, before any frame can load and answer.
            addEventListener("message", function (event) {
              var match = typeof event.data === "string" && /^kader-probe:(\\d+):([A-Za-z0-9+\\/=]*)$/.exec(event.data);
              if (!match) return;
              var pre = document.createElement("pre");
              pre.id = "kader-probe-" + match[1];
              pre.textContent = match[2];
              document.body.appendChild(pre);
            });
            </script></head>
            <body>\(frames.joined())</body></html>
            """
        let frame = URL(fileURLWithPath: paths[0]).deletingLastPathComponent().appendingPathComponent(name + "-frame.html")
        try Data(harness.utf8).write(to: frame)
        copies.append(frame)

        let (status, dom) = try chromium(extra + ["--window-size=\(max(width, 500) + 20),\(height + 20)", "--virtual-time-budget=5000",
                                          "--dump-dom", frame.absoluteString])
        return try paths.indices.map { index in
            let open = #"<pre id="kader-probe-\#(index)">"#
            guard status == 0, let match = dom.range(of: open + "[A-Za-z0-9+/=]*</pre>", options: .regularExpression) else {
                throw Failure(description: "chromium exited \(status) without the probe's answer on \(paths[index]): \(dom.suffix(2000))")
            }
            let encoded = dom[match].dropFirst(open.count).dropLast("</pre>".count)
            guard let json = Data(base64Encoded: String(encoded)) else { throw Failure(description: "the probe's answer is not base64") }
            if let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any], let error = object["probeError"] as? String {
                throw Failure(description: "the probe script failed on \(paths[index]): \(error)")
            }
            return try JSONDecoder().decode(T.self, from: json)
        }
    }

    /// The functions a probe script gets.
    static let probe = #"""
    function kaderProbe(index, script) {
      function answer(value) {
        var encoded = btoa(unescape(encodeURIComponent(JSON.stringify(value === undefined ? null : value))));
        parent.postMessage("kader-probe:" + index + ":" + encoded, "*");
      }
      var probe = {
        // Laid out with a size, not hidden by display, visibility or opacity on it or an ancestor.
        visible: function (element) {
          if (!element) return false;
          if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
          var box = element.getBoundingClientRect();
          return box.width > 0 && box.height > 0;
        },
        // The text a person reads in the element: rendered text only (innerText skips what is
        // display: none or visibility: hidden, though not what has opacity 0).
        text: function (element) {
          return element && probe.visible(element) ? element.innerText.replace(/\s+/g, " ").trim() : "";
        },
        // The visible elements matching a selector, as their visible text.
        visibleTexts: function (selector, root) {
          return Array.prototype.slice.call((root || document).querySelectorAll(selector))
            .filter(probe.visible).map(probe.text);
        },
        // Choose an option in a select as a person would: the value changes and `change` bubbles.
        choose: function (select, value) {
          select.value = value;
          select.dispatchEvent(new Event("input", { bubbles: true }));
          select.dispatchEvent(new Event("change", { bubbles: true }));
        },
        // Type into a field: the value changes and `input` bubbles.
        type: function (input, value) {
          input.focus();
          input.value = value;
          input.dispatchEvent(new Event("input", { bubbles: true }));
        }
      };
      window.addEventListener("load", function () {
        setTimeout(function () {
          Promise.resolve().then(function () { return script(probe); }).then(answer, function (error) {
            answer({ probeError: String((error && error.stack) || error) });
          });
        }, 0);
      });
    }
    """#
}
