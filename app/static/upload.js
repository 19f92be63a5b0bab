// Upload statements one request per file so each gets its own progress bar and message.
// Without JavaScript the form posts every file at once and the page lists the results.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form || !window.FormData || !window.XMLHttpRequest) { return; }
  var input = document.getElementById("statements");
  var zone = document.getElementById("drop-zone");
  var list = document.getElementById("upload-list");
  var manifest = document.getElementById("manifest");
  var rows = document.getElementById("file-rows");
  var rowsBody = document.getElementById("file-rows-body");
  var count = document.getElementById("applicant-count");
  var summary = document.getElementById("upload-summary");
  var queue = [];
  var busy = false;
  var totals = { stored: 0, duplicate: 0, refused: 0 };

  // One row per chosen file for its applicant's name, email and reference.
  function cell(tr, kind, file, index) {
    var td = document.createElement("td");
    var label = document.createElement("label");
    label.className = "visually-hidden";
    label.htmlFor = "row-" + kind + "-" + index;
    label.textContent = kind.charAt(0).toUpperCase() + kind.slice(1) + " for " + file.name;
    var field = document.createElement("input");
    field.id = "row-" + kind + "-" + index;
    field.type = kind === "email" ? "email" : "text";
    field.autocomplete = "off";
    field.maxLength = kind === "reference" ? 200 : 300;
    td.appendChild(label);
    td.appendChild(field);
    tr.appendChild(td);
    return field;
  }

  function showRows() {
    rowsBody.textContent = "";
    for (var i = 0; i < input.files.length; i += 1) {
      var tr = document.createElement("tr");
      var th = document.createElement("th");
      th.scope = "row";
      th.textContent = input.files[i].name;
      tr.appendChild(th);
      cell(tr, "name", input.files[i], i);
      cell(tr, "email", input.files[i], i);
      cell(tr, "reference", input.files[i], i);
      rowsBody.appendChild(tr);
    }
    rows.hidden = input.files.length === 0;
  }

  function typed(index, kind) {
    var field = document.getElementById("row-" + kind + "-" + index);
    return field ? field.value.trim() : "";
  }

  function line(file) {
    var item = document.createElement("li");
    item.className = "upload-item";
    var name = document.createElement("span");
    name.className = "upload-name";
    name.textContent = file.name;
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute("aria-label", "Uploading " + file.name);
    var message = document.createElement("span");
    message.className = "upload-message";
    message.textContent = "Waiting";
    item.appendChild(name);
    item.appendChild(bar);
    item.appendChild(message);
    list.appendChild(item);
    return { item: item, bar: bar, message: message };
  }

  function outcome(entry) {
    if (entry.status === "stored") {
      return "✓ Stored as " + entry.applicant_ref + (entry.name ? " (" + entry.name + ")" : "") +
        (entry.detail ? ": " + entry.detail : "");
    }
    if (entry.status === "duplicate") {
      return "= Duplicate of " + entry.applicant_ref + ": " + entry.detail;
    }
    return "✗ Refused: " + entry.detail;
  }

  // Answers that come back as a page rather than problem+json, in words.
  var WHY = {
    401: "your session has ended; sign in again in another tab, then upload this file again",
    403: "this page expired or your key may not upload statements; reload the page and try again",
    413: "the file is larger than the upload limit",
    503: "the service is busy or its database is unreachable; try this file again shortly"
  };

  function finish(row, status, text) {
    row.item.className = "upload-item upload-" + status;
    row.message.textContent = text;
    row.bar.value = 100;
  }

  function send(task) {
    var data = new FormData();
    data.append("files", task.file, task.file.name);
    ["name", "email", "reference"].forEach(function (kind) {
      if (task[kind]) { data.append(kind, task[kind]); }
    });
    if (manifest && manifest.files.length) {
      data.append("manifest", manifest.files[0], manifest.files[0].name);
    }
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("X-CSRF-Token", form.dataset.csrf);
    xhr.upload.onprogress = function (event) {
      if (event.lengthComputable) {
        task.row.bar.value = Math.round((event.loaded / event.total) * 95);
        task.row.message.textContent = "Uploading " + task.row.bar.value + "%";
      }
    };
    xhr.upload.onload = function () { task.row.message.textContent = "Scoring"; };
    xhr.onload = function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status === 200 && body && body.files) {
        var texts = body.files.map(function (f) {
          return (body.files.length > 1 ? f.filename + " — " : "") + outcome(f);
        });
        body.files.forEach(function (f) { totals[f.status] += 1; });
        if (count && typeof body.applications === "number") {
          count.textContent = body.applications + " applicant" +
            (body.applications === 1 ? "" : "s") + " so far";
        }
        var refused = body.files.some(function (f) { return f.status === "refused"; });
        var stored = body.files.some(function (f) { return f.status === "stored"; });
        finish(task.row, refused && !stored ? "refused" : refused ? "partial" : stored ? "stored" : "duplicate", texts.join("; "));
      } else {
        totals.refused += 1;
        finish(task.row, "refused", "✗ Refused: " + ((body && body.detail) || WHY[xhr.status] ||
          ("the server answered " + xhr.status + "; try this file again")));
      }
      next();
    };
    xhr.onerror = function () {
      finish(task.row, "refused", "✗ Not sent: the connection failed; try this file again");
      next();
    };
    task.row.message.textContent = "Uploading";
    xhr.send(data);
  }

  function next() {
    var task = queue.shift();
    busy = Boolean(task);
    if (task) {
      summary.textContent = "Uploading…";
      send(task);
    } else {
      summary.textContent = "Upload finished: " + totals.stored + " stored, " +
        totals.duplicate + " duplicate" + (totals.duplicate === 1 ? "" : "s") + ", " +
        totals.refused + " refused.";
    }
  }

  function add(files, withRows) {
    for (var i = 0; i < files.length; i += 1) {
      queue.push({
        file: files[i],
        row: line(files[i]),
        name: withRows ? typed(i, "name") : "",
        email: withRows ? typed(i, "email") : "",
        reference: withRows ? typed(i, "reference") : ""
      });
    }
    if (!busy) { next(); }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!input.files.length) { input.focus(); return; }
    add(input.files, true);
    input.value = "";
    showRows();
  });
  input.addEventListener("change", showRows);
  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add("drop-zone--over");
    });
  });
  ["dragleave", "drop"].forEach(function (type) {
    zone.addEventListener(type, function () { zone.classList.remove("drop-zone--over"); });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      add(event.dataTransfer.files, false);
    }
  });
}());
