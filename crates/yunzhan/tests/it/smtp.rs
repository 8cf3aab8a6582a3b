//! A local SMTP server speaking enough of RFC 5321 for a real client
//! (lettre) to deliver to it: the tests read what the platform sent.

use std::sync::{Arc, Mutex};

use base64::Engine;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Debug, Clone)]
pub struct Received {
    pub to: Vec<String>,
    pub raw: String,
}

impl Received {
    /// The decoded text body (7bit, quoted-printable or base64).
    pub fn body(&self) -> String {
        let (head, body) = self.raw.split_once("\r\n\r\n").unwrap_or(("", &self.raw));
        let head = head.to_ascii_lowercase();
        if head.contains("content-transfer-encoding: base64") {
            let joined: String = body.lines().map(str::trim).collect();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(joined.trim_end_matches('.'))
                .unwrap_or_default();
            String::from_utf8_lossy(&bytes).into_owned()
        } else if head.contains("content-transfer-encoding: quoted-printable") {
            decode_qp(body)
        } else {
            body.to_owned()
        }
    }
    /// The Subject header, unfolded (RFC 5322 long headers continue on
    /// lines that start with white space).
    pub fn subject(&self) -> String {
        let mut lines = self.raw.lines().skip_while(|l| !l.starts_with("Subject: "));
        let Some(first) = lines.next() else {
            return String::new();
        };
        let mut out = first.trim_start_matches("Subject: ").to_owned();
        for l in lines.take_while(|l| l.starts_with(' ') || l.starts_with('\t')) {
            out.push(' ');
            out.push_str(l.trim());
        }
        out
    }
    /// The first link to this platform in the body.
    pub fn link(&self) -> Option<String> {
        self.body()
            .split_whitespace()
            .find(|w| w.starts_with("http://") || w.starts_with("https://"))
            .map(str::to_owned)
    }
}

fn decode_qp(s: &str) -> String {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            if i + 2 < b.len() && b[i + 1] == b'\r' && b[i + 2] == b'\n' {
                i += 3;
                continue;
            }
            if i + 1 < b.len() && b[i + 1] == b'\n' {
                i += 2;
                continue;
            }
            if i + 2 < b.len()
                && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[derive(Clone, Default)]
pub struct Sink {
    pub mails: Arc<Mutex<Vec<Received>>>,
}

impl Sink {
    pub async fn start() -> (Sink, u16) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let sink = Sink::default();
        let s = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let s = s.clone();
                tokio::spawn(async move {
                    let (r, mut w) = stream.into_split();
                    let mut lines = BufReader::new(r);
                    let _ = w.write_all(b"220 sink.test ESMTP ready\r\n").await;
                    let mut to = Vec::new();
                    let mut line = String::new();
                    loop {
                        line.clear();
                        if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                            return;
                        }
                        let upper = line.to_ascii_uppercase();
                        let reply: &[u8] = if upper.starts_with("EHLO") {
                            b"250-sink.test\r\n250 8BITMIME\r\n"
                        } else if upper.starts_with("HELO")
                            || upper.starts_with("MAIL FROM")
                            || upper.starts_with("RSET")
                            || upper.starts_with("NOOP")
                        {
                            b"250 OK\r\n"
                        } else if upper.starts_with("RCPT TO") {
                            let addr = line.trim()[8..]
                                .trim()
                                .trim_start_matches(':')
                                .trim()
                                .trim_matches(|c| c == '<' || c == '>')
                                .to_owned();
                            to.push(addr);
                            b"250 OK\r\n"
                        } else if upper.starts_with("DATA") {
                            let _ = w.write_all(b"354 go ahead\r\n").await;
                            let mut raw = String::new();
                            loop {
                                line.clear();
                                if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                                    return;
                                }
                                if line == ".\r\n" || line == ".\n" {
                                    break;
                                }
                                raw.push_str(
                                    line.strip_prefix('.')
                                        .filter(|_| line.starts_with(".."))
                                        .unwrap_or(&line),
                                );
                            }
                            s.mails.lock().unwrap().push(Received {
                                to: std::mem::take(&mut to),
                                raw,
                            });
                            b"250 queued\r\n"
                        } else if upper.starts_with("QUIT") {
                            let _ = w.write_all(b"221 bye\r\n").await;
                            return;
                        } else {
                            b"502 not implemented\r\n"
                        };
                        let _ = w.write_all(reply).await;
                    }
                });
            }
        });
        (sink, port)
    }

    pub fn to(&self, addr: &str) -> Vec<Received> {
        self.mails
            .lock()
            .unwrap()
            .iter()
            .filter(|m| m.to.iter().any(|t| t == addr))
            .cloned()
            .collect()
    }

    /// Waits (up to 10 s) for the n-th mail to `addr`.
    pub async fn wait_for(&self, addr: &str, n: usize) -> Received {
        for _ in 0..200 {
            let got = self.to(addr);
            if got.len() >= n {
                return got[n - 1].clone();
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!(
            "no mail #{n} to {addr}; got: {:?}",
            self.mails
                .lock()
                .unwrap()
                .iter()
                .map(|m| (&m.to, m.subject()))
                .collect::<Vec<_>>()
        );
    }
}
