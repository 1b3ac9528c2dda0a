/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-export-timelinejs"

#include "config.h"

#include "briefing-i18n.h"

#include "briefing-export-private.h"
#include "briefing-labels.h"

/*
 * The timeline of a briefing for TimelineJS (https://timeline.knightlab.com/docs/json-format.html):
 *
 *   { "title": { "text": { "headline", "text" } },
 *     "events": [ { "start_date": { "year", "month", "day", "hour", "minute" },
 *                   "end_date": { … }, "display_date", "text": { "headline", "text" },
 *                   "group": "Talks", "unique_id": EVENT ID } ] }
 *
 * Dates say no more than the bundle does: a month or a day only when it is known. Date parts are
 * numbers; headline and text are HTML, so every word from the bundle is escaped.
 */

/* Every word of the timeline a reader sees, in one place. */

typedef enum
{
  LINE_PLACE,
  LINE_PARTICIPANTS,
  LINE_MEDIATORS,
  LINE_DISPUTED,
  LINE_SOURCES,
  LINE_PREPARED_BY,
} Line;

static char *
format_line (Line        line,
             const char *value)
{
  switch (line)
    {
    /* Translators: where an event took place; %s is the place */
    case LINE_PLACE: return g_strdup_printf (C_("timeline", "Place: %s"), value);
    /* Translators: who took part in an event; %s is a list of parties */
    case LINE_PARTICIPANTS: return g_strdup_printf (C_("timeline", "Participants: %s"), value);
    /* Translators: who mediated an event; %s is a list of parties */
    case LINE_MEDIATORS: return g_strdup_printf (C_("timeline", "Mediators: %s"), value);
    /* Translators: sources disagree about an event; %s is the note saying how */
    case LINE_DISPUTED: return g_strdup_printf (C_("timeline", "Disputed: %s"), value);
    /* Translators: the sources of an event in a timeline; %s is " [1, 3]" */
    case LINE_SOURCES: return g_strdup_printf (C_("timeline", "Sources:%s"), value);
    /* Translators: who wrote the briefing; %s is a name */
    case LINE_PREPARED_BY:
    default: return g_strdup_printf (C_("timeline", "Prepared by %s"), value);
    }
}

/* "<li><strong>Agreed:</strong> Exchange of prisoners [1]</li>", from escaped parts. */
static void
append_outcome_item (GString    *html,
                     const char *status,
                     const char *text,
                     const char *refs)
{
  /* Translators: an outcome in a list, "Agreed: Exchange of prisoners"; HTML, keep the tags */
  g_string_append_printf (html, C_("timeline", "<li><strong>%s:</strong> %s%s</li>"), status, text, refs);
}

static const char *
list_separator (void)
{
  /* Translators: what separates the names of parties in a list */
  return C_("list separator", ", ");
}

static void
add_date_object (JsonBuilder        *b,
                 const char         *name,
                 const BriefingDate *date)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "year");
  json_builder_add_int_value (b, date->year);
  if (date->precision >= BRIEFING_DATE_PRECISION_MONTH)
    {
      json_builder_set_member_name (b, "month");
      json_builder_add_int_value (b, date->month);
    }
  if (date->precision >= BRIEFING_DATE_PRECISION_DAY)
    {
      json_builder_set_member_name (b, "day");
      json_builder_add_int_value (b, date->day);
    }
  if (date->precision == BRIEFING_DATE_PRECISION_EXACT)
    {
      json_builder_set_member_name (b, "hour");
      json_builder_add_int_value (b, date->hour);
      json_builder_set_member_name (b, "minute");
      json_builder_add_int_value (b, date->minute);
    }
  json_builder_end_object (b);
}

static void
add_text (JsonBuilder *b,
          const char  *headline,
          const char  *text)
{
  g_autofree char *escaped = g_markup_escape_text (headline, -1);

  json_builder_set_member_name (b, "text");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "headline");
  json_builder_add_string_value (b, escaped);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, text);
  json_builder_end_object (b);
}

static void
append_paragraph (GString    *html,
                  const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || text[0] == '\0')
    return;
  escaped = g_markup_escape_text (text, -1);
  g_string_append_printf (html, "<p>%s</p>", escaped);
}

static char *
join_party_names (GPtrArray *parties)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < parties->len; i++)
    {
      if (i > 0)
        g_string_append (names, list_separator ());
      g_string_append (names, briefing_party_get_name (parties->pdata[i]));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
append_line (GString    *html,
             Line        line,
             const char *value)
{
  g_autofree char *text = NULL;

  if (value == NULL || value[0] == '\0')
    return;
  text = format_line (line, value);
  append_paragraph (html, text);
}

static char *
event_html (BriefingComposedEvent *composed)
{
  BriefingEvent *event = composed->event;
  g_autoptr(GString) html = g_string_new (NULL);
  g_autofree char *participants = join_party_names (composed->participants);
  g_autofree char *mediators = join_party_names (composed->mediators);
  g_autofree char *sources = briefing_export_format_sources (composed->sources);

  append_paragraph (html, briefing_event_get_description (event));
  append_line (html, LINE_PLACE, briefing_event_get_location (event));
  append_line (html, LINE_PARTICIPANTS, participants);
  append_line (html, LINE_MEDIATORS, mediators);
  append_line (html, LINE_DISPUTED, composed->disputed);

  if (composed->outcomes->len > 0)
    {
      g_string_append (html, "<ul>");
      for (guint i = 0; i < composed->outcomes->len; i++)
        {
          BriefingComposedOutcome *outcome = composed->outcomes->pdata[i];
          g_autofree char *status = g_markup_escape_text (briefing_outcome_status_label (outcome->status), -1);
          g_autofree char *text = g_markup_escape_text (outcome->statement->text, -1);
          g_autofree char *refs = briefing_export_format_sources (outcome->statement->sources);

          append_outcome_item (html, status, text, refs);
        }
      g_string_append (html, "</ul>");
    }
  append_line (html, LINE_SOURCES, sources);

  return g_string_free (g_steal_pointer (&html), FALSE);
}

static char *
title_html (BriefingComposition *composition)
{
  g_autoptr(GString) html = g_string_new (NULL);

  append_paragraph (html, composition->subject);
  if (briefing_date_is_set (&composition->period_start))
    {
      g_autofree char *period = briefing_date_format_range (&composition->period_start,
                                                            &composition->period_end);

      append_paragraph (html, period);
    }
  append_line (html, LINE_PREPARED_BY, composition->prepared_by);
  return g_string_free (g_steal_pointer (&html), FALSE);
}

JsonNode *
briefing_composition_to_timelinejs (BriefingComposition *composition)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *title = NULL;

  g_return_val_if_fail (composition != NULL, NULL);

  title = title_html (composition);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "title");
  json_builder_begin_object (b);
  add_text (b, composition->title, title);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "events");
  json_builder_begin_array (b);
  for (guint i = 0; i < composition->events->len; i++)
    {
      BriefingComposedEvent *composed = composition->events->pdata[i];
      BriefingEvent *event = composed->event;
      BriefingDate start = briefing_event_get_display_start (event);
      const BriefingDate *end = briefing_event_get_end (event);
      g_autofree char *date = briefing_date_format_range (&start, end);
      g_autofree char *display = g_markup_escape_text (date, -1);
      g_autofree char *text = event_html (composed);

      json_builder_begin_object (b);
      add_date_object (b, "start_date", &start);
      if (end != NULL && briefing_date_is_set (end))
        add_date_object (b, "end_date", end);
      json_builder_set_member_name (b, "display_date");
      json_builder_add_string_value (b, display);
      add_text (b, briefing_event_get_title (event), text);
      json_builder_set_member_name (b, "group");
      json_builder_add_string_value (b, briefing_event_kind_plural (briefing_event_get_kind (event)));
      json_builder_set_member_name (b, "unique_id");
      json_builder_add_string_value (b, briefing_event_get_id (event));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
