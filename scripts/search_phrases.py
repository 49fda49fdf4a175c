"""The ten search phrases the benchmarks send (peer_timing.py, serving_timing.py, search_ratio.py,
peer-benchmark.sh): common words, a name, an abbreviation's long form, with diacritics as staff type them."""
PHRASES = ["xã hội", "nhà ở xã hội", "bảo hiểm y tế", "giảm nghèo", "Sở Y tế", "chuyển đổi số",
           "lao động việc làm", "y tế cơ sở", "giáo dục", "dân tộc thiểu số"]
