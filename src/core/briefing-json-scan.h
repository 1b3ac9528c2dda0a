/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A strict, allocation-free pass over JSON bytes before json-glib sees them, and the locator that
 * finds where a JSON path sits in the file. json-glib keeps no positions for its nodes, accepts
 * comments and duplicate keys, truncates at \u0000, wraps huge integers and overflows its stack on
 * deep nesting; this pass refuses all of that with a line and column. */
#pragma once

#include <glib.h>

#include "briefing-problem.h"

G_BEGIN_DECLS

#define BRIEFING_JSON_MAX_DEPTH 64
/* At most one value per this many bytes of the file, beyond the first BRIEFING_JSON_FREE_VALUES. */
#define BRIEFING_JSON_MIN_BYTES_PER_VALUE 8
#define BRIEFING_JSON_FREE_VALUES 10000

/* Checks that @data is one strict RFC 8259 JSON value in UTF-8, with no NUL byte, no nesting deeper
 * than @max_depth, no duplicate member names, no integer beyond ±2^53, and no more values than its
 * size warrants (see BRIEFING_JSON_MIN_BYTES_PER_VALUE). Returns NULL when all is
 * well, else the problem (path empty, line and column set). */
BriefingProblem *briefing_json_check   (const char  *data,
                                        gsize        length,
                                        guint        max_depth);

/* Told, while briefing_json_check_full() runs, that the bytes before @offset are valid UTF-8 with
 * no NUL, and that every value ending before @offset was accepted whole (a value is checked as far
 * as its closing bracket). Called after each value of the top two levels, with @offset growing. A
 * check that fails further on still returns its problem. */
typedef void (*BriefingJsonCheckedFunc) (gsize    offset,
                                         gpointer user_data);

/* briefing_json_check(), telling @checked how far it has got (see BriefingJsonCheckedFunc). */
BriefingProblem *briefing_json_check_full (const char             *data,
                                           gsize                   length,
                                           guint                   max_depth,
                                           BriefingJsonCheckedFunc checked,
                                           gpointer                checked_data);

/* Where the JSON value that starts at @p ends, skipped without being decoded or checked; NULL
 * when the bytes up to @end cannot hold one. Reads no byte at or past @end, whatever the bytes. */
const char      *briefing_json_skip_value (const char *p,
                                           const char *end);

/* A JSON path split into parts: member names, and array indices as "[N]" strings. */
typedef struct
{
  const char * const *parts;
  guint               n_parts;
  guint               line;    /* out: 1-based, 0 when not found */
  guint               column;  /* out: 1-based, in characters */
} BriefingJsonLocation;

/* Finds, in one pass over valid JSON, the line and column of the value at each path. */
void             briefing_json_locate  (const char           *data,
                                        gsize                 length,
                                        BriefingJsonLocation *locations,
                                        guint                 n_locations);

/* Line and column (1-based, column in characters) of byte @offset. */
void             briefing_json_position (const char *data,
                                         gsize       length,
                                         gsize       offset,
                                         guint      *line,
                                         guint      *column);

G_END_DECLS
