/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Builds json-glib's tree from JSON text that briefing_json_check() has accepted. json-glib's own
 * parser tokenises with GScanner, a character at a time, and checks what the strict pass has
 * checked already; this builder only copies: about three times as fast on a bundle. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The tree of @data (not NUL-terminated), sealed; integers are gint64 and other numbers double,
 * as json-glib makes them. NULL when @data is not one JSON value — which briefing_json_check()
 * has reported already, with its place. */
JsonNode *briefing_json_tree_build (const char *data,
                                    gsize       length);

G_END_DECLS
