#!/usr/bin/python3
"""Writes the brotli streams of BrotliBodyTest (deterministic; Debian's python3-brotli 1.0.9):
words.br, 388,105 bytes of words in windows of 64 KiB (the body /br/big of
../synthetic/http-brotli.pcap), and bomb.br, 100 MiB of zeros."""
import random

import brotli

rnd = random.Random(30)
words = [''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(rnd.randint(2, 9))) for _ in range(500)]
big = ' '.join(rnd.choice(words) for _ in range(60000)).encode() + b'\n'
open('words.br', 'wb').write(brotli.compress(big, quality=5, lgwin=16))
open('bomb.br', 'wb').write(brotli.compress(b'\0' * (100 << 20), quality=5))
