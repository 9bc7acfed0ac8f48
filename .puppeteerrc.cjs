// Browsers come from the system (Debian packages), never from puppeteer's own download,
// which cannot reach the internet on our machines.
module.exports = { skipDownload: true };
