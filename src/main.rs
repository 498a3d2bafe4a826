//! The `quire` binary: parse arguments, call the library, print diagnostics, exit.
//!
//! Exit codes: 0 success, 1 the book has errors, 2 usage error (from clap).

use clap::Parser;
use quire::cli::{Cli, Command, Format};
use quire::diag::Diagnostic;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

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

fn build(path: PathBuf, out: Option<PathBuf>, formats: Vec<Format>, quiet: bool) -> ExitCode {
    match quire::build(&path, out.as_deref(), &formats) {
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
