//! A "directory" that accepts connections and never answers: what a hung server or a
//! black-holing firewall looks like to the connector.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub struct Hanging {
    pub port: u16,
    stop: Arc<AtomicBool>,
}

impl Hanging {
    pub fn start() -> Hanging {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        std::thread::spawn(move || {
            // Accepted sockets are kept open and never read or written.
            let mut held = Vec::new();
            while !flag.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((socket, _)) => held.push(socket),
                    Err(_) => std::thread::sleep(std::time::Duration::from_millis(10)),
                }
            }
        });
        Hanging { port, stop }
    }

    pub fn url(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }
}

impl Drop for Hanging {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}
