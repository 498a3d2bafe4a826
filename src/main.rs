//! The `quire` binary: parse arguments, call the library, print diagnostics, exit.
//!
//! Exit codes: 0 success, 1 the book has errors, 2 usage error (from clap).

use clap::Parser;
use quire::cli::{Cli, Command, Format};
use quire::diag::Diagnostic;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc: layout and printpdf allocate small objects per word and per glyph, and the
/// system allocator spent a fifth of a build in malloc and free.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            path,
            out,
            format,
            quiet,
        } => build(path, out, format, quiet),
        Command::Inspect { path, json } => inspect(path, json),
        Command::Init { dir } => init(dir),
    }
}

fn init(dir: PathBuf) -> ExitCode {
    match quire::init::init(&dir) {
        Ok(done) => {
            report(&done.skipped);
            print_out(&format!(
                "wrote {} listing {} stor{}; check it with `quire inspect {}`, then `quire build {}`\n",
                done.written.display(),
                done.stories,
                if done.stories == 1 { "y" } else { "ies" },
                dir.display(),
                dir.display()
            ));
            ExitCode::SUCCESS
        }
        Err(diags) => {
            report(&diags);
            ExitCode::from(1)
        }
    }
}

/// Prints to stdout; a closed pipe (`quire inspect | head`) is not an error worth a panic.
fn print_out(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn report(diags: &[Diagnostic]) {
    for d in diags {
        let _ = writeln!(std::io::stderr().lock(), "{d}");
    }
}

/// A spinner on stderr while a build runs, only when stderr is a terminal: logs and pipes
/// get the plain lines and nothing else.
fn progress_bar(quiet: bool) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {elapsed:.dim} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.set_message("reading stories…");
    bar.enable_steady_tick(std::time::Duration::from_millis(80));
    Some(bar)
}

fn build(path: PathBuf, out: Option<PathBuf>, formats: Vec<Format>, quiet: bool) -> ExitCode {
    let bar = progress_bar(quiet);
    let step = |s: quire::Step| {
        if let Some(bar) = &bar {
            bar.set_message(match s {
                quire::Step::Loaded { chapters } => format!("rendering {chapters} chapters…"),
                quire::Step::Rendered(Format::Epub) => "EPUB done…".to_string(),
                quire::Step::Rendered(Format::Pdf) => "PDF done…".to_string(),
                quire::Step::Rendered(Format::Cover) => "cover done…".to_string(),
                quire::Step::Rendered(Format::Imposed) => "imposition done…".to_string(),
                quire::Step::Writing => "writing files…".to_string(),
            });
        }
    };
    let result = quire::build_with_progress(&path, out.as_deref(), &formats, &step);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    match result {
        Ok(result) => {
            if !quiet {
                report(&result.warnings);
                for f in &result.written {
                    print_out(&format!("wrote {}\n", f.display()));
                }
            }
            ExitCode::SUCCESS
        }
        Err(diags) => {
            report(&diags);
            ExitCode::from(1)
        }
    }
}

fn inspect(path: PathBuf, json: bool) -> ExitCode {
    match quire::load(&path) {
        Ok(project) => {
            if json {
                print_out(&(quire::inspect::json(Some(&project.book), &project.warnings) + "\n"));
            } else {
                report(&project.warnings);
                print_out(&quire::inspect::human(&project.book));
            }
            ExitCode::SUCCESS
        }
        Err(diags) => {
            if json {
                print_out(&(quire::inspect::json(None, &diags) + "\n"));
            }
            report(&diags);
            ExitCode::from(1)
        }
    }
}
