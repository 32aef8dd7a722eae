//! Builds the actor graph of a short article through the library and prints its DOT.
//!
//! `cargo run --example seed_graph | dot -Tsvg > graph.svg` draws it.

use actorgraph::{Document, Pipeline, export};

fn main() -> actorgraph::Result<()> {
    let article = Document::new(
        "cairo-talks",
        "U.S. Secretary of State John Kerry held talks with Egyptian officials in Cairo on \
         Tuesday. Hamas rejected the Egyptian cease-fire proposal.",
    );
    let pipeline = Pipeline::new()?;
    // The callback reports progress (documents done); a single article needs none.
    let graph = pipeline.build(&[article], &|_done| {});
    eprintln!(
        "{} actors, {} edges",
        graph.actor_count(),
        graph.edge_count()
    );
    print!("{}", export::dot::to_string(&graph));
    Ok(())
}
