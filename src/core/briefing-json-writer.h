/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes JSON text as it is made, without a tree in between: the big writers (the JSON briefing,
 * saved bundles) spend most of their time allocating and freeing JsonNodes otherwise. The text is
 * byte for byte what json-glib's generator writes with a two-space indent, so files do not change
 * with the writer that made them. */
#pragma once

#include <json-glib/json-glib.h>

#include "briefing-date.h"

G_BEGIN_DECLS

typedef struct _BriefingJsonWriter BriefingJsonWriter;

BriefingJsonWriter *briefing_json_writer_new          (void);
void                briefing_json_writer_free         (BriefingJsonWriter *writer);
/* The text with a final newline; frees @writer. The containers begun must all have ended. */
char               *briefing_json_writer_finish       (BriefingJsonWriter *writer,
                                                       gsize              *length);

void                briefing_json_writer_begin_object (BriefingJsonWriter *writer);
void                briefing_json_writer_end_object   (BriefingJsonWriter *writer);
void                briefing_json_writer_begin_array  (BriefingJsonWriter *writer);
void                briefing_json_writer_end_array    (BriefingJsonWriter *writer);
/* The name of the next value, inside an object. */
void                briefing_json_writer_member       (BriefingJsonWriter *writer,
                                                       const char         *name);

/* @value is UTF-8. */
void                briefing_json_writer_string       (BriefingJsonWriter *writer,
                                                       const char         *value);
void                briefing_json_writer_int          (BriefingJsonWriter *writer,
                                                       gint64              value);
void                briefing_json_writer_double       (BriefingJsonWriter *writer,
                                                       double              value);
void                briefing_json_writer_boolean      (BriefingJsonWriter *writer,
                                                       gboolean            value);
void                briefing_json_writer_null         (BriefingJsonWriter *writer);
/* A whole tree, its object members in their order. */
void                briefing_json_writer_node         (BriefingJsonWriter *writer,
                                                       JsonNode           *node);

/* Members with a name, as the builder helpers of briefing-json-build.h: nothing is written for a
 * NULL string or an unset date. */
void                briefing_json_writer_add_string   (BriefingJsonWriter *writer,
                                                       const char         *name,
                                                       const char         *value);
void                briefing_json_writer_add_int      (BriefingJsonWriter *writer,
                                                       const char         *name,
                                                       gint64              value);
void                briefing_json_writer_add_date     (BriefingJsonWriter *writer,
                                                       const char         *name,
                                                       const BriefingDate *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingJsonWriter, briefing_json_writer_free)

G_END_DECLS
