"""Everything that writes to or queries the match table with SQL: row text built from shared pieces
(pieces.py), the COPY stream (write.py), a run's own partition (partitions.py), and ranks and incremental
updates (ranks.py)."""
