// Upload statements one request per file so each gets its own progress bar and message.
// Without JavaScript the form posts every file at once and the page lists the results.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form || !window.FormData || !window.XMLHttpRequest) { return; }
  var input = document.getElementById("statements");
  var zone = document.getElementById("drop-zone");
  var list = document.getElementById("upload-list");
  var queue = [];
  var busy = false;

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
    if (entry.status === "stored") { return "✓ Stored as " + entry.applicant_ref; }
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
        var refused = body.files.some(function (f) { return f.status === "refused"; });
        var stored = body.files.some(function (f) { return f.status === "stored"; });
        finish(task.row, refused && !stored ? "refused" : refused ? "partial" : stored ? "stored" : "duplicate", texts.join("; "));
      } else {
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
    if (task) { send(task); }
  }

  function add(files) {
    for (var i = 0; i < files.length; i += 1) {
      queue.push({ file: files[i], row: line(files[i]) });
    }
    if (!busy) { next(); }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!input.files.length) { input.focus(); return; }
    add(input.files);
    input.value = "";
  });
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
    if (event.dataTransfer && event.dataTransfer.files.length) { add(event.dataTransfer.files); }
  });
}());
