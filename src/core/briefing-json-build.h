/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every JSON writer of Briefing's does alike: members left out when they have no value, dates
 * as bundles write them, and the text as people read it (two-space indent, a final newline). */
#pragma once

#include <json-glib/json-glib.h>

#include "briefing-date.h"

G_BEGIN_DECLS

/* Nothing is written for a NULL @value. */
void  briefing_json_add_string (JsonBuilder        *builder,
                                const char         *name,
                                const char         *value);
void  briefing_json_add_int    (JsonBuilder        *builder,
                                const char         *name,
                                gint64              value);
/* "2025", "2025-06", "2025-06-02" or RFC 3339; nothing for a NULL or unset @date. */
void  briefing_json_add_date   (JsonBuilder        *builder,
                                const char         *name,
                                const BriefingDate *date);
char *briefing_json_to_data    (JsonNode           *node,
                                gsize              *length);

G_END_DECLS
