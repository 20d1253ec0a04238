//! `dondoc-mail-sink LISTEN DIR [DELAY_MS]`: the development SMTP sink as a process of its own
//! (the tests start it; `dondoc mail-sink` is the same server behind the main binary).

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(listen), Some(dir)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: dondoc-mail-sink LISTEN_ADDR DIR [DELAY_MS]");
        return std::process::ExitCode::from(2);
    };
    let delay = args.get(3).and_then(|d| d.parse().ok()).unwrap_or(0);
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("dondoc-mail-sink: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    let result = rt.block_on(async {
        let listener = tokio::net::TcpListener::bind(listen.as_str()).await?;
        let opts = mail::sink::SinkOptions {
            delay: std::time::Duration::from_millis(delay),
        };
        mail::sink::serve(listener, dir.into(), opts).await
    });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dondoc-mail-sink: {e}");
            std::process::ExitCode::from(1)
        }
    }
}
