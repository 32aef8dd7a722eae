#!/usr/bin/env python3
"""The actor graph of a corpus, built on Apache Spark: documents partitioned, each partition
built into a partial graph by the `actorgraph` Python package on its executor
(`mapPartitions`), the partial graphs merged as `actorgraph merge` merges graph files (an
associative and commutative merge, so the grouping Spark chooses does not matter), and the
result written as graph.json and Parquet tables.

    python examples/spark_build.py ../shared/data/news/bbc --out out/spark
    python examples/spark_build.py news.jsonl --out g --master spark://host:7077 --partitions 64

INPUT is a folder of `.txt` articles, read recursively with the document ids that
`actorgraph build FOLDER` gives (file stems; the path relative to the folder, without
extension, where stems clash), or a JSON Lines feed (`.jsonl`, `.ndjson`) with the fields
`text`, `id`, `date` and `title` (the title put before the text, as the command line does).
The graph equals the one machine's `actorgraph build INPUT` of the same articles: the same
actors, edges, weights and evidence (python/tests/test_spark.py checks it on the BBC corpus).

Needs PySpark (`pip install pyspark`), Java, and the `actorgraph` package on every executor
(`pip install ./python`).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import actorgraph
from actorgraph.spark import build_graph


def folder_articles(spark, folder: Path):
    """A DataFrame (text, id) of the `.txt` files under `folder`, ids as the command line
    gives them. Texts stay bytes: actorgraph checks them as it checks files (UTF-8, no NUL
    bytes, not empty)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    base = str(folder.resolve())
    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*.[tT][xX][tT]")
        .load(base)
    )
    local = F.regexp_replace("path", "^file:(//)?", "")
    relative = F.substring(local, len(base) + 2, 1 << 30)
    without_extension = F.regexp_replace(relative, r"\.[tT][xX][tT]$", "")
    stem = F.regexp_extract(without_extension, r"([^/]+)$", 1)
    files = files.select(
        F.col("content").alias("text"),
        without_extension.alias("relative"),
        stem.alias("stem"),
    )
    clashes = F.count("*").over(Window.partitionBy("stem"))
    return files.select(
        "text",
        F.when(clashes > 1, F.col("relative")).otherwise(F.col("stem")).alias("id"),
    )


def feed_articles(spark, feed: Path):
    """A DataFrame (text, id, date) of a JSON Lines feed."""
    from pyspark.sql import functions as F

    df = spark.read.json(str(feed.resolve()))
    text = F.col("text")
    if "title" in df.columns:
        title = F.col("title")
        text = F.when(
            title.isNull() | text.startswith(title), text
        ).otherwise(F.concat(title, F.lit("\n\n"), text))
    ident = (
        F.col("id").cast("string")
        if "id" in df.columns
        else F.concat(F.lit(feed.stem + ":"), F.monotonically_increasing_id().cast("string"))
    )
    date = F.col("date").cast("string") if "date" in df.columns else F.lit(None).cast("string")
    return df.select(text.alias("text"), ident.alias("id"), date.alias("date"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path, help="a folder of .txt articles or a .jsonl feed")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--master", default="local[2]", help="Spark master (local[2])")
    parser.add_argument("--partitions", type=int, help="repartition the articles into N")
    parser.add_argument("--evidence", type=int, default=actorgraph.DEFAULT_EVIDENCE,
                        help="evidence sentences kept per edge (10)")
    parser.add_argument("--format", default="json,parquet",
                        help="formats written (json,parquet)")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    # Python workers run this interpreter (the one with actorgraph installed), unless told
    # otherwise: Spark would start `python3` from PATH.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    started = time.monotonic()
    spark = (
        SparkSession.builder.master(args.master)
        .appName("actorgraph")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        # Articles are small files: count a file open as 8 KiB rather than 4 MiB, so that
        # a folder is read in a few tasks, not one per 32 files.
        .config("spark.sql.files.openCostInBytes", "8192")
        .config("spark.sql.shuffle.partitions", str(args.partitions or 8))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        if args.input.is_dir():
            articles = folder_articles(spark, args.input)
            date = None
        else:
            articles = feed_articles(spark, args.input)
            date = "date"
        if args.partitions:
            articles = articles.repartition(args.partitions)
        graph = build_graph(articles, text="text", id="id", date=date, evidence=args.evidence)
        written = graph.write(args.out, formats=args.format.split(","))
    finally:
        spark.stop()
    print(
        f"actorgraph on Spark ({args.master}): {graph.document_count} articles, "
        f"{graph.actor_count} actors, {graph.edge_count} edges in "
        f"{time.monotonic() - started:.1f} s -> {', '.join(written)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
