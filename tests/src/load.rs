//! An open-loop load generator for a node's JSON-RPC endpoint, lean enough to take little of the cores it shares
//! with what it measures: request bodies are encoded before the clock starts, each of `connections` keep-alive
//! HTTP/1.1 connections has one request in flight, and a reply is read only as far as its status line, its
//! `Content-Length` and the body.
//!
//! Open loop, as wrk2 does it: request `i` is due at `start + i * gap` whatever happened to the earlier ones, the
//! next free connection takes it, and its latency counts from when it was due (time spent waiting for a free
//! connection included; only the client's own timer lateness is left out), so a stalled server shows in the
//! latencies instead of slowing the offered rate.

use std::{
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    time::Duration,
};

use eyre::{bail, ensure, eyre, Result};
use tokio::{
    io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
    net::TcpStream,
    time::Instant,
};

/// One reply: how long after its request was due it came, and its body.
#[derive(Debug)]
pub struct Reply {
    /// To the last byte of the reply from the request's due time, or from when the client's timer released it when
    /// a connection was free before then.
    pub latency: Duration,
    /// The reply's JSON body.
    pub body: Vec<u8>,
}

/// Sends each of `bodies` (JSON-RPC requests) as `POST /` to `addr`, one due every `gap`, over `connections`
/// connections; returns the replies in request order (`None` where the connection failed).
pub async fn open_loop(
    addr: std::net::SocketAddr,
    bodies: Vec<Vec<u8>>,
    gap: Duration,
    connections: usize,
) -> Result<Vec<Option<Reply>>> {
    let requests: Arc<Vec<Vec<u8>>> = Arc::new(
        bodies
            .into_iter()
            .map(|body| {
                let mut request = format!(
                    "POST / HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                    body.len()
                )
                .into_bytes();
                request.extend_from_slice(&body);
                request
            })
            .collect(),
    );
    let mut streams = Vec::with_capacity(connections);
    for _ in 0..connections {
        let stream = TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        streams.push(stream);
    }
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now() + Duration::from_millis(10);
    let mut workers = tokio::task::JoinSet::new();
    for stream in streams {
        let (requests, next) = (requests.clone(), next.clone());
        workers.spawn(async move {
            let mut answered = Vec::new();
            let mut stream = BufReader::new(stream);
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(request) = requests.get(i) else { break };
                let due = start + gap * u32::try_from(i).unwrap_or(u32::MAX);
                // Taken late (every connection was busy when it fell due): it waited for the server, which counts.
                // Taken early: it counts from when the timer let it go (tokio's timer wakes on whole milliseconds;
                // that lateness is the client's, not the server's).
                let from = if Instant::now() >= due {
                    due
                } else {
                    tokio::time::sleep_until(due).await;
                    Instant::now()
                };
                let outcome = async {
                    stream.get_mut().write_all(request).await?;
                    read_reply(&mut stream).await
                }
                .await;
                match outcome {
                    Ok(body) => answered.push((i, Reply { latency: from.elapsed(), body })),
                    // This connection is done; the requests it would have taken go to the others.
                    Err(_) => break,
                }
            }
            answered
        });
    }
    let mut replies: Vec<Option<Reply>> = (0..requests.len()).map(|_| None).collect();
    while let Some(answered) = workers.join_next().await {
        for (i, reply) in answered? {
            replies[i] = Some(reply);
        }
    }
    Ok(replies)
}

/// Reads one HTTP/1.1 reply with a `Content-Length` body; returns the body of a 200.
async fn read_reply(stream: &mut BufReader<TcpStream>) -> Result<Vec<u8>> {
    let mut line = String::new();
    stream.read_line(&mut line).await?;
    ensure!(line.starts_with("HTTP/1.1 200"), "unexpected status line {line:?}");
    let mut length = None;
    loop {
        line.clear();
        if stream.read_line(&mut line).await? == 0 {
            bail!("connection closed in the headers");
        }
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = Some(value.trim().parse::<usize>()?);
            }
        }
    }
    let mut body = vec![0; length.ok_or_else(|| eyre!("a reply without content-length"))?];
    stream.read_exact(&mut body).await?;
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A server that answers each body back after `delay`.
    async fn echo(delay: Duration) -> std::net::SocketAddr {
        let app = axum::Router::new().route(
            "/",
            axum::routing::post(move |body: axum::body::Bytes| async move {
                tokio::time::sleep(delay).await;
                body
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("binds");
        let addr = listener.local_addr().expect("bound");
        tokio::spawn(async move { axum::serve(listener, app).await });
        addr
    }

    #[tokio::test]
    async fn replies_come_back_in_request_order() {
        let addr = echo(Duration::ZERO).await;
        let bodies: Vec<Vec<u8>> = (0..50).map(|i| format!("{{\"id\":{i}}}").into_bytes()).collect();
        let replies = open_loop(addr, bodies.clone(), Duration::from_micros(200), 4).await.expect("runs");
        let got: Vec<Vec<u8>> = replies.into_iter().map(|r| r.expect("answered").body).collect();
        assert_eq!(got, bodies);
    }

    /// The open loop's point: when the server is slower than the schedule, a request that waited for a connection
    /// counts its wait. One connection, a request due every millisecond, 20 ms per answer: the tenth is answered
    /// about 200 ms after the first was sent, so about 190 ms after it fell due. A closed-loop client (timing from
    /// the send) would report 20 ms for every request.
    #[tokio::test]
    async fn a_request_that_waits_for_a_connection_counts_the_wait() {
        let addr = echo(Duration::from_millis(20)).await;
        let bodies = vec![b"{}".to_vec(); 10];
        let replies = open_loop(addr, bodies, Duration::from_millis(1), 1).await.expect("runs");
        let latencies: Vec<Duration> = replies.into_iter().map(|r| r.expect("answered").latency).collect();
        assert!(latencies[0] >= Duration::from_millis(20) && latencies[0] < Duration::from_millis(150));
        assert!(latencies[9] >= Duration::from_millis(180), "the tenth waited: {:?}", latencies[9]);
    }

    #[tokio::test]
    async fn a_closed_connection_leaves_its_request_unanswered() {
        // A server that reads one request and closes without answering.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("binds");
        let addr = listener.local_addr().expect("bound");
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let mut buf = [0u8; 1024];
                let _ = socket.read(&mut buf).await;
            }
        });
        let replies =
            open_loop(addr, vec![b"{}".to_vec(); 3], Duration::from_millis(1), 1).await.expect("runs");
        assert!(replies.iter().all(Option::is_none));
    }
}
