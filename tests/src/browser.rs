//! A real headless Chromium driven over WebDriver (Debian's `chromium` and `chromium-driver`), for the dashboard's
//! browser tests. Chromedriver runs on a free port in a process group of its own, and the group (chromedriver and
//! every browser it started) is killed when the [`Browser`] is dropped, whatever the test's outcome.
//!
//! Without the browser installed, [`Browser::start`] returns `None` and says so on stderr, so that a developer
//! machine skips the test visibly; under CI (`CI=true`) a missing browser is an error: `.ci/run` installs it.

use std::{
    os::unix::process::CommandExt,
    process::{Child, Command, Stdio},
    time::Duration,
};

use eyre::{bail, eyre, Result, WrapErr};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// One headless browser session.
#[derive(Debug)]
pub struct Browser {
    driver: Child,
    base: String,
    session: String,
    http: reqwest::Client,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium; `None` (with a line on stderr) when they are not installed
    /// outside CI.
    pub async fn start(test: &str) -> Result<Option<Self>> {
        let chromium = std::env::var("BATON_CHROMIUM").unwrap_or_else(|_| CHROMIUM.to_owned());
        let chromedriver = std::env::var("BATON_CHROMEDRIVER").unwrap_or_else(|_| CHROMEDRIVER.to_owned());
        if !std::path::Path::new(&chromium).exists() || !std::path::Path::new(&chromedriver).exists() {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                bail!("{test}: {chromium} or {chromedriver} missing under CI (.ci/run installs chromium and chromium-driver)");
            }
            eprintln!(
                "SKIPPED {test}: no Chromium at {chromium} / {chromedriver} (apt-get install chromium chromium-driver)"
            );
            return Ok(None);
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .wrap_err_with(|| format!("starting {chromedriver}"))?;
        let profile = tempfile::tempdir()?;
        let mut browser = Self {
            driver,
            base: format!("http://127.0.0.1:{port}"),
            session: String::new(),
            http: reqwest::Client::new(),
            _profile: profile,
        };
        let args = [
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            format!("--user-data-dir={}", browser._profile.path().display()),
        ];
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": chromium, "args": args },
            "goog:loggingPrefs": { "browser": "ALL" },
        }}});
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        let created = loop {
            match browser.call(reqwest::Method::POST, "/session", Some(&capabilities)).await {
                Ok(value) => break value,
                // chromedriver refuses connections until it listens.
                Err(_) if tokio::time::Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(e) => return Err(e.wrap_err("creating a WebDriver session")),
            }
        };
        browser.session =
            created["sessionId"].as_str().ok_or_else(|| eyre!("no sessionId in {created}"))?.to_owned();
        Ok(Some(browser))
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<&Value>) -> Result<Value> {
        let mut request =
            self.http.request(method, format!("{}{path}", self.base)).timeout(Duration::from_secs(60));
        if let Some(body) = body {
            request = request.json(body);
        }
        let answer: Value = request.send().await?.json().await?;
        if let Some(error) = answer["value"]["error"].as_str() {
            bail!("webdriver {path}: {error}: {}", answer["value"]["message"]);
        }
        Ok(if answer.get("sessionId").is_some() { answer } else { answer["value"].clone() })
    }

    fn session_path(&self, tail: &str) -> String {
        format!("/session/{}{tail}", self.session)
    }

    /// Opens `url`.
    pub async fn goto(&self, url: &str) -> Result<()> {
        self.call(reqwest::Method::POST, &self.session_path("/url"), Some(&json!({ "url": url }))).await?;
        Ok(())
    }

    /// Sets the window's outer size.
    pub async fn set_size(&self, width: u32, height: u32) -> Result<()> {
        let rect = json!({ "width": width, "height": height });
        self.call(reqwest::Method::POST, &self.session_path("/window/rect"), Some(&rect)).await?;
        Ok(())
    }

    /// Runs `script` (a function body: `return …`) in the page and decodes what it returns.
    pub async fn eval<T: DeserializeOwned>(&self, script: &str) -> Result<T> {
        let body = json!({ "script": script, "args": [] });
        let value =
            self.call(reqwest::Method::POST, &self.session_path("/execute/sync"), Some(&body)).await?;
        serde_json::from_value(value.clone()).wrap_err_with(|| format!("decoding {value} from `{script}`"))
    }

    /// Waits until `script` returns `true` in the page.
    pub async fn wait_for(&self, what: &str, timeout: Duration, script: &str) -> Result<()> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if self.eval::<bool>(script).await.unwrap_or(false) {
                return Ok(());
            }
            if tokio::time::Instant::now() >= deadline {
                bail!("the page never showed {what} within {timeout:?}");
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Console messages of level SEVERE (errors, failed loads) since the last call.
    pub async fn console_errors(&self) -> Result<Vec<String>> {
        let logs = self
            .call(reqwest::Method::POST, &self.session_path("/se/log"), Some(&json!({ "type": "browser" })))
            .await?;
        Ok(logs
            .as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_owned())
            .collect())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // The whole group: chromedriver and the browser processes it started.
        // `kill -KILL -PGID` would read the group as an option: the signal by name and `--` first.
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-s", "KILL", "--", &group]).status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
