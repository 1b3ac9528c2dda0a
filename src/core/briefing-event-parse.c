/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-event-parse"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "briefing-bundle-parse-private.h"
#include "briefing-enum-types.h"

static const char * const event_members[] = {
  "id", "kind", "title", "description", "start", "end", "duration", "precision", "round",
  "location", "participants", "mediators", "host", "delegationHeads", "outcomes", "citations",
  "disputed", NULL
};
static const char * const head_members[] = { "party", "name", "title", NULL };
static const char * const outcome_members[] = { "text", "status", "citations", "disputed", NULL };
static const char * const demand_members[] = {
  "id", "party", "text", "category", "firstStated", "reiterated", "withdrawn", "citations",
  "responses", "credibility", "disputed", NULL
};
static const char * const response_members[] = {
  "party", "event", "stance", "note", "citations", "disputed", NULL
};

static gboolean
is_category (const char *category)
{
  if (!g_ascii_islower (category[0]))
    return FALSE;
  for (const char *p = category + 1; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static void
read_delegation_head (BriefingReadContext *ctx,
                      JsonObject          *object,
                      gpointer             event)
{
  const char *party, *name;

  briefing_read_context_check_members (ctx, object, head_members);
  party = briefing_read_context_reference (ctx, object, "party", BRIEFING_TYPE_PARTY, BRIEFING_READ_REQUIRED);
  name = briefing_read_context_string (ctx, object, "name", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY | BRIEFING_READ_LABEL);
  if (party != NULL && name != NULL)
    briefing_event_add_delegation_head (event, party, name,
                                        briefing_read_context_string (ctx, object, "title", BRIEFING_READ_NON_EMPTY | BRIEFING_READ_LABEL));
}

static void
read_outcome (BriefingReadContext *ctx,
              JsonObject          *object,
              gpointer             event)
{
  const char *text;
  int status = BRIEFING_OUTCOME_STATUS_PENDING;
  g_autoptr(BriefingOutcome) outcome = NULL;
  g_autoptr(BriefingDispute) dispute = NULL;

  briefing_read_context_check_members (ctx, object, outcome_members);
  text = briefing_read_context_string (ctx, object, "text", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
  briefing_read_context_enum (ctx, object, "status", BRIEFING_TYPE_OUTCOME_STATUS, BRIEFING_READ_REQUIRED, &status);

  outcome = briefing_outcome_new (text != NULL ? text : "", status);
  BRIEFING_ADD_CITATIONS (briefing_parse_citations (ctx, object, "citations", 1), outcome, briefing_outcome_add_citation);
  dispute = briefing_parse_disputed (ctx, object);
  briefing_outcome_set_disputed (outcome, dispute);

  briefing_event_add_outcome (event, outcome);
}

void
briefing_parse_event (BriefingReadContext *ctx,
                      JsonObject          *object,
                      gpointer             user_data)
{
  const char *id, *title, *duration, *host;
  int kind = BRIEFING_EVENT_KIND_OTHER, precision;
  gint64 round = 0;
  BriefingDate start = { 0 }, end;
  g_autoptr(BriefingEvent) event = NULL;
  g_autoptr(BriefingDispute) dispute = NULL;
  g_autoptr(GPtrArray) ids = NULL;

  briefing_read_context_check_members (ctx, object, event_members);
  id = briefing_read_context_id (ctx, object);
  briefing_read_context_enum (ctx, object, "kind", BRIEFING_TYPE_EVENT_KIND, BRIEFING_READ_REQUIRED, &kind);
  title = briefing_read_context_string (ctx, object, "title", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY | BRIEFING_READ_LABEL);
  briefing_read_context_date (ctx, object, "start", BRIEFING_READ_REQUIRED, &start);

  event = briefing_event_new (id != NULL ? id : "", kind, title != NULL ? title : "", &start);
  briefing_event_set_description (event, briefing_read_context_string (ctx, object, "description", 0));
  briefing_event_set_location (event, briefing_read_context_string (ctx, object, "location", BRIEFING_READ_NON_EMPTY | BRIEFING_READ_LABEL));

  if (briefing_read_context_date (ctx, object, "end", 0, &end))
    {
      if (briefing_date_is_set (&start) && briefing_date_compare (&end, &start) < 0)
        briefing_read_context_member_errorf (ctx, "end", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                             _("the end is before the start"));
      else
        briefing_event_set_end (event, &end);
    }

  if ((duration = briefing_read_context_string (ctx, object, "duration", 0)) != NULL)
    {
      gint64 seconds;
      g_autoptr(GError) error = NULL;

      if (briefing_duration_parse (duration, &seconds, &error))
        briefing_event_set_duration (event, seconds);
      else
        briefing_read_context_member_error (ctx, "duration", error->code, error->message);
    }

  if (briefing_read_context_enum (ctx, object, "precision", BRIEFING_TYPE_DATE_PRECISION, 0, &precision))
    {
      if (briefing_date_is_set (&start) && precision > start.precision)
        briefing_read_context_member_errorf (ctx, "precision", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                             /* Translators: %s is a precision such as "exact" */
                                             _("precision “%s” is finer than the start date gives"),
                                             briefing_enum_to_nick (BRIEFING_TYPE_DATE_PRECISION, precision));
      else
        briefing_event_set_precision (event, precision);
    }

  if (briefing_read_context_int (ctx, object, "round", 1, 10000, 0, &round))
    briefing_event_set_round (event, round);

  if ((ids = briefing_read_context_party_refs (ctx, object, "participants")) != NULL)
    for (guint i = 0; i < ids->len; i++)
      briefing_event_add_participant (event, ids->pdata[i]);
  g_clear_pointer (&ids, g_ptr_array_unref);
  if ((ids = briefing_read_context_party_refs (ctx, object, "mediators")) != NULL)
    for (guint i = 0; i < ids->len; i++)
      briefing_event_add_mediator (event, ids->pdata[i]);

  if ((host = briefing_read_context_reference (ctx, object, "host", BRIEFING_TYPE_PARTY, 0)) != NULL)
    briefing_event_set_host (event, host);

  briefing_read_context_foreach_object (ctx, object, "delegationHeads", read_delegation_head, event);
  briefing_read_context_foreach_object (ctx, object, "outcomes", read_outcome, event);

  BRIEFING_ADD_CITATIONS (briefing_parse_citations (ctx, object, "citations", 0), event, briefing_event_add_citation);
  dispute = briefing_parse_disputed (ctx, object);
  briefing_event_set_disputed (event, dispute);

  if (id != NULL && title != NULL && briefing_date_is_set (&start))
    briefing_read_context_add (ctx, G_OBJECT (event), id);
}

static void
read_response (BriefingReadContext *ctx,
               JsonObject          *object,
               gpointer             user_data)
{
  BriefingDemand *demand = user_data;
  const char *party, *event;
  int stance = BRIEFING_STANCE_UNKNOWN;
  g_autoptr(BriefingResponse) response = NULL;
  g_autoptr(BriefingDispute) dispute = NULL;

  briefing_read_context_check_members (ctx, object, response_members);
  party = briefing_read_context_reference (ctx, object, "party", BRIEFING_TYPE_PARTY, BRIEFING_READ_REQUIRED);
  event = briefing_read_context_reference (ctx, object, "event", BRIEFING_TYPE_EVENT, BRIEFING_READ_REQUIRED);
  briefing_read_context_enum (ctx, object, "stance", BRIEFING_TYPE_STANCE, BRIEFING_READ_REQUIRED, &stance);

  if (party != NULL && g_strcmp0 (party, briefing_demand_get_party (demand)) == 0)
    briefing_read_context_member_errorf (ctx, "party", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                         /* Translators: %s is a party id */
                                         _("party “%s” cannot answer its own demand"), party);

  response = briefing_response_new (party != NULL ? party : "", event != NULL ? event : "", stance);
  briefing_response_set_note (response, briefing_read_context_string (ctx, object, "note", BRIEFING_READ_NON_EMPTY));
  BRIEFING_ADD_CITATIONS (briefing_parse_citations (ctx, object, "citations", stance == BRIEFING_STANCE_UNKNOWN ? 0 : 1),
                 response, briefing_response_add_citation);
  dispute = briefing_parse_disputed (ctx, object);
  briefing_response_set_disputed (response, dispute);

  briefing_demand_add_response (demand, response);
}

void
briefing_parse_demand (BriefingReadContext *ctx,
                       JsonObject          *object,
                       gpointer             user_data)
{
  const char *id, *party, *text, *category, *first, *withdrawn;
  gint64 credibility;
  g_autoptr(BriefingDemand) demand = NULL;
  g_autoptr(BriefingDispute) dispute = NULL;
  g_autoptr(GPtrArray) reiterated = NULL;

  briefing_read_context_check_members (ctx, object, demand_members);
  id = briefing_read_context_id (ctx, object);
  party = briefing_read_context_reference (ctx, object, "party", BRIEFING_TYPE_PARTY, BRIEFING_READ_REQUIRED);
  text = briefing_read_context_string (ctx, object, "text", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
  category = briefing_read_context_string (ctx, object, "category", BRIEFING_READ_REQUIRED);
  if (category != NULL && !is_category (category))
    {
      briefing_read_context_member_errorf (ctx, "category", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                           /* Translators: %s is the text from the file; keep the words in quotes */
                                           _("“%s” is not a category: use ceasefire, territory, security, "
                                             "humanitarian, political, economic, other, or another "
                                             "lower-case word"), category);
      category = NULL;
    }

  demand = briefing_demand_new (id != NULL ? id : "", party != NULL ? party : "", text != NULL ? text : "",
                                category != NULL ? category : "other");

  first = briefing_read_context_reference (ctx, object, "firstStated", BRIEFING_TYPE_EVENT, BRIEFING_READ_REQUIRED);
  briefing_demand_set_first_stated (demand, first);
  if ((reiterated = briefing_read_context_event_refs (ctx, object, "reiterated")) != NULL)
    for (guint i = 0; i < reiterated->len; i++)
      briefing_demand_add_reiterated (demand, reiterated->pdata[i]);
  withdrawn = briefing_read_context_reference (ctx, object, "withdrawn", BRIEFING_TYPE_EVENT, 0);
  briefing_demand_set_withdrawn (demand, withdrawn);

  if (briefing_read_context_int (ctx, object, "credibility", 1, 6, 0, &credibility))
    briefing_demand_set_credibility (demand, credibility);

  BRIEFING_ADD_CITATIONS (briefing_parse_citations (ctx, object, "citations", 1), demand, briefing_demand_add_citation);

  briefing_read_context_foreach_object (ctx, object, "responses", read_response, demand);

  dispute = briefing_parse_disputed (ctx, object);
  briefing_demand_set_disputed (demand, dispute);

  if (id != NULL && party != NULL && text != NULL)
    briefing_read_context_add (ctx, G_OBJECT (demand), id);
}
