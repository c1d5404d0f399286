//! An open-loop load generator for a node's JSON-RPC endpoint, lean enough to take little of the cores it shares
//! with what it measures: request bodies are encoded before the clock starts, each of `connections` keep-alive
//! HTTP/1.1 connections has one request in flight, and a reply is read only as far as its status line, its
//! `Content-Length` and the body.
//!
//! Open loop, as wrk2 does it: request `i` is due at `start + i * gap` whatever happened to the earlier ones, the
//! next free connection takes it, and its latency counts from when it was due (time spent waiting for a free
//! connection included; only the client's own timer lateness is left out), so a stalled server shows in the
//! latencies instead of slowing the offered rate.
//!
//! One thread drives every connection from one `epoll` loop (mio), sleeping only until the next request falls due or
//! a reply arrives. On a virtual machine each time a thread sleeps and is woken costs tens of microseconds of the
//! cores the node needs (docs/BENCHMARKS.md §Inclusion receipts); a task per connection on an async runtime slept
//! and woke several times per request.

use std::{
    collections::VecDeque,
    io::{self, Read, Write},
    net::SocketAddr,
    time::{Duration, Instant},
};

use eyre::{bail, ensure, eyre, Result};
use mio::{net::TcpStream, Events, Interest, Poll, Token};

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
    addr: SocketAddr,
    bodies: Vec<Vec<u8>>,
    gap: Duration,
    connections: usize,
) -> Result<Vec<Option<Reply>>> {
    let requests: Vec<Vec<u8>> = bodies
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
        .collect();
    tokio::task::spawn_blocking(move || Load::connect(addr, connections)?.run(&requests, gap)).await?
}

/// The request a connection carries: which one, when its latency counts from, how much of it is written.
#[derive(Debug)]
struct InFlight {
    index: usize,
    from: Instant,
    written: usize,
}

#[derive(Debug)]
struct Connection {
    stream: TcpStream,
    in_flight: Option<InFlight>,
    /// The reply read so far.
    read: Vec<u8>,
    /// When it last became free (its request answered, or connected).
    free_since: Instant,
    failed: bool,
}

#[derive(Debug)]
struct Load {
    poll: Poll,
    connections: Vec<Connection>,
}

impl Load {
    fn connect(addr: SocketAddr, connections: usize) -> Result<Self> {
        let poll = Poll::new()?;
        let now = Instant::now();
        let mut out = Vec::with_capacity(connections);
        for token in 0..connections {
            let stream = std::net::TcpStream::connect(addr)?;
            stream.set_nodelay(true)?;
            stream.set_nonblocking(true)?;
            let mut stream = TcpStream::from_std(stream);
            poll.registry().register(&mut stream, Token(token), Interest::READABLE | Interest::WRITABLE)?;
            out.push(Connection {
                stream,
                in_flight: None,
                read: Vec::new(),
                free_since: now,
                failed: false,
            });
        }
        Ok(Self { poll, connections: out })
    }

    fn run(mut self, requests: &[Vec<u8>], gap: Duration) -> Result<Vec<Option<Reply>>> {
        let mut replies: Vec<Option<Reply>> = (0..requests.len()).map(|_| None).collect();
        let mut events = Events::with_capacity(self.connections.len());
        let mut free: VecDeque<usize> = (0..self.connections.len()).collect();
        let start = Instant::now() + Duration::from_millis(10);
        let due = |i: usize| start + gap * u32::try_from(i).unwrap_or(u32::MAX);
        let mut next = 0;
        loop {
            // Hand every request that has fallen due to a free connection, oldest first.
            let now = Instant::now();
            while next < requests.len() && due(next) <= now {
                let Some(c) = free.pop_front() else { break };
                if self.connections[c].failed {
                    continue;
                }
                let connection = &mut self.connections[c];
                // Free before the request fell due: whatever came after is the client's timer, not the server.
                let from = if connection.free_since < due(next) { now } else { due(next) };
                connection.in_flight = Some(InFlight { index: next, from, written: 0 });
                next += 1;
                if connection.send(requests).is_err() {
                    connection.failed = true;
                }
            }
            let busy = self.connections.iter().any(|c| c.in_flight.is_some() && !c.failed);
            let alive = self.connections.iter().any(|c| !c.failed);
            if (next == requests.len() && !busy) || !alive {
                return Ok(replies);
            }
            // Sleep until the next request falls due, or a reply (or room to write) arrives.
            let timeout = (next < requests.len() && !free.is_empty())
                .then(|| due(next).saturating_duration_since(Instant::now()));
            if let Err(e) = self.poll.poll(&mut events, timeout) {
                if e.kind() != io::ErrorKind::Interrupted {
                    return Err(e.into());
                }
            }
            for event in &events {
                let c = event.token().0;
                let connection = &mut self.connections[c];
                if connection.failed {
                    continue;
                }
                if event.is_writable() && connection.send(requests).is_err() {
                    connection.failed = true;
                    continue;
                }
                if !(event.is_readable() || event.is_read_closed() || event.is_error()) {
                    continue;
                }
                match connection.receive() {
                    Ok(Some(body)) => {
                        if let Some(done) = connection.in_flight.take() {
                            let latency = done.from.elapsed();
                            replies[done.index] = Some(Reply { latency, body });
                        }
                        connection.free_since = Instant::now();
                        free.push_back(c);
                    }
                    Ok(None) => {}
                    // This connection is done; the requests it would have taken go to the others.
                    Err(_) => connection.failed = true,
                }
            }
        }
    }
}

impl Connection {
    /// Writes what is left of the request in flight, as far as the socket takes it.
    fn send(&mut self, requests: &[Vec<u8>]) -> io::Result<()> {
        let Some(in_flight) = self.in_flight.as_mut() else { return Ok(()) };
        let request = &requests[in_flight.index];
        while in_flight.written < request.len() {
            match self.stream.write(&request[in_flight.written..]) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => in_flight.written += n,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Reads what the socket holds; returns the reply's body once it is whole.
    fn receive(&mut self) -> Result<Option<Vec<u8>>> {
        let mut chunk = [0u8; 16 * 1024];
        loop {
            match self.stream.read(&mut chunk) {
                Ok(0) => bail!("connection closed"),
                Ok(n) => self.read.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
        ensure!(self.in_flight.is_some() || self.read.is_empty(), "a reply nobody asked for");
        let Some((body_at, length)) = parse_head(&self.read)? else { return Ok(None) };
        if self.read.len() < body_at + length {
            return Ok(None);
        }
        let body = self.read[body_at..body_at + length].to_vec();
        self.read.drain(..body_at + length);
        Ok(Some(body))
    }
}

/// Where the body of the HTTP/1.1 reply in `bytes` starts and how long it is, once its head is whole; the reply
/// must be a 200 with a `Content-Length`.
fn parse_head(bytes: &[u8]) -> Result<Option<(usize, usize)>> {
    let Some(end) = bytes.windows(4).position(|w| w == b"\r\n\r\n") else { return Ok(None) };
    let head = std::str::from_utf8(&bytes[..end])?;
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap_or_default();
    ensure!(status.starts_with("HTTP/1.1 200"), "unexpected status line {status:?}");
    let length = lines
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .map(|(_, value)| value.trim().parse::<usize>())
        .ok_or_else(|| eyre!("a reply without content-length"))??;
    Ok(Some((end + 4, length)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

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
