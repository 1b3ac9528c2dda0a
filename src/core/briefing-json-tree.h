/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Builds json-glib's tree from JSON text that briefing_json_check() has accepted. json-glib's own
 * parser tokenises with GScanner, a character at a time, and checks what the strict pass has
 * checked already; this builder only copies: about three times as fast on a bundle. */
#pragma once

#include <json-glib/json-glib.h>

#include "briefing-problem.h"

G_BEGIN_DECLS

/* The tree of @data (not NUL-terminated); integers are gint64 and other numbers double,
 * as json-glib makes them. NULL when @data is not one JSON value — which briefing_json_check()
 * has reported already, with its place. */
JsonNode *briefing_json_tree_build            (const char       *data,
                                               gsize             length);
/* The same, giving up (NULL) once @stop, set from another thread, is not 0. */
JsonNode *briefing_json_tree_build_full       (const char       *data,
                                               gsize             length,
                                               const gint       *stop);
/* briefing_json_check() with the maximum depth, and the tree of what it accepts. The tree is built
 * on a thread of its own while the check runs, for texts big enough for that to pay; the builder
 * keeps to the check's bounds (depth, number of values), so a text the check refuses costs no
 * more. NULL with @problem set when the check refuses @data; NULL alone should not happen. */
JsonNode *briefing_json_tree_check_and_build  (const char       *data,
                                               gsize             length,
                                               BriefingProblem **problem);

G_END_DECLS
