/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the fuzz targets: what every input is read against (the sample bundle, the built-in
 * extraction rules), loaded once and kept for the life of the process, so that LeakSanitizer does
 * not count them, and the setup every target needs before its first input. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "briefing-bundle.h"
#include "briefing-extract-rules.h"

G_BEGIN_DECLS

/* The entry point libFuzzer calls, and the replay driver (fuzz-replay.c) without it. */
int                   LLVMFuzzerTestOneInput   (const uint8_t *data,
                                                size_t         size);

/* Makes criticals fatal: a g_return_if_fail() reached from input is a bug of the reader. */
void                  fuzz_init                (void);

/* data/samples/istanbul-talks-2025.bundle.json, read once. (transfer none) */
BriefingBundle       *fuzz_get_sample_bundle   (void);

/* An empty bundle as `briefing import` makes one: in English, created at a fixed time.
 * (transfer full) */
BriefingBundle       *fuzz_new_bundle          (const char    *id);

/* The built-in English rules and gazetteer, without the user's files. (transfer none) */
BriefingExtractRules *fuzz_get_rules           (void);

/* A private folder under the system's temporary folder, made on first use and removed with what
 * it holds when the process exits. */
const char           *fuzz_get_tmp_dir         (void);

/* Removes everything in fuzz_get_tmp_dir(), keeping the folder. */
void                  fuzz_clear_tmp_dir       (void);

G_END_DECLS
