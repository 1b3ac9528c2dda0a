/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-json-build"

#include "config.h"

#include "briefing-json-build.h"
#include "briefing-json-writer.h"

void
briefing_json_add_string (JsonBuilder *builder,
                          const char  *name,
                          const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

void
briefing_json_add_int (JsonBuilder *builder,
                       const char  *name,
                       gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

void
briefing_json_add_date (JsonBuilder        *builder,
                        const char         *name,
                        const BriefingDate *date)
{
  g_autofree char *text = NULL;

  if (date == NULL || !briefing_date_is_set (date))
    return;
  text = briefing_date_to_string (date);
  briefing_json_add_string (builder, name, text);
}

char *
briefing_json_to_data (JsonNode *node,
                       gsize    *length)
{
  BriefingJsonWriter *writer = briefing_json_writer_new ();

  briefing_json_writer_node (writer, node);
  return briefing_json_writer_finish (writer, length);
}
