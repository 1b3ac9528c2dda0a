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
/* briefing_json_check() with the maximum depth, then the tree of what it accepts; NULL with
 * @problem set when the check refuses @data. For annotation files; a bundle is read as a
 * BriefingJsonDocument. */
JsonNode *briefing_json_tree_check_and_build  (const char       *data,
                                               gsize             length,
                                               BriefingProblem **problem);

/* A document read while it is checked, one element at a time. Its top-level object is built
 * with every array in it left empty; the elements of those arrays are built one by one when asked
 * for, each once the check has accepted it, and freed by the caller after use. So the whole tree
 * never exists at once, and reading overlaps with the check, which runs on a thread of its own for
 * texts big enough for that to pay. */
typedef struct _BriefingJsonDocument BriefingJsonDocument;

/* Starts the check of @data (which must outlive the document) and reads its top level. */
BriefingJsonDocument *briefing_json_document_open           (const char           *data,
                                                             gsize                 length);
/* The root, once the check has accepted the top level's own members (a root that is not an
 * object: once the whole text is accepted); NULL when the check refused the text. Owned by @doc. */
JsonNode             *briefing_json_document_get_root       (BriefingJsonDocument *doc);
/* The number of elements of the top-level object's array @member, left empty in the root; -1 when
 * the root holds no such array. */
gssize                briefing_json_document_get_n_elements (BriefingJsonDocument *doc,
                                                             const char           *member);
/* Element @index of that array, built once the check has accepted it (a new reference); NULL when
 * the check refused the text before its end. */
JsonNode             *briefing_json_document_get_element    (BriefingJsonDocument *doc,
                                                             const char           *member,
                                                             guint                 index);
/* Waits for the check to end and frees @doc: its problem, or NULL when it accepted the text. */
BriefingProblem      *briefing_json_document_close          (BriefingJsonDocument *doc);

G_END_DECLS
