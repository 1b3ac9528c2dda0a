/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-model-copy"

#include "config.h"

#include "briefing-model-copy.h"

typedef void (*AddCitationFunc) (gpointer          owner,
                                 BriefingCitation *citation);

static void
copy_citations (GPtrArray       *from,
                gpointer         owner,
                AddCitationFunc  add)
{
  for (guint i = 0; i < from->len; i++)
    {
      g_autoptr(BriefingCitation) copy = briefing_citation_copy (from->pdata[i]);

      add (owner, copy);
    }
}

BriefingCitation *
briefing_citation_copy (BriefingCitation *citation)
{
  BriefingCitation *copy;
  gint64 start, end;
  gsize anchor_start, anchor_end;

  g_return_val_if_fail (BRIEFING_IS_CITATION (citation), NULL);

  copy = briefing_citation_new (briefing_citation_get_source (citation), briefing_citation_get_exact (citation));
  briefing_citation_set_prefix (copy, briefing_citation_get_prefix (citation));
  briefing_citation_set_suffix (copy, briefing_citation_get_suffix (citation));
  if (briefing_citation_get_position (citation, &start, &end))
    briefing_citation_set_position (copy, start, end);
  if (briefing_citation_get_anchor (citation, &anchor_start, &anchor_end))
    briefing_citation_set_anchor (copy, anchor_start, anchor_end);

  return copy;
}

BriefingDispute *
briefing_dispute_copy (BriefingDispute *dispute)
{
  BriefingDispute *copy;

  g_return_val_if_fail (BRIEFING_IS_DISPUTE (dispute), NULL);

  copy = briefing_dispute_new (briefing_dispute_get_note (dispute));
  copy_citations (briefing_dispute_get_citations (dispute), copy, (AddCitationFunc) briefing_dispute_add_citation);

  return copy;
}

static BriefingDispute *
copy_dispute_or_null (BriefingDispute *dispute)
{
  return dispute != NULL ? briefing_dispute_copy (dispute) : NULL;
}

BriefingOutcome *
briefing_outcome_copy (BriefingOutcome *outcome)
{
  g_autoptr(BriefingDispute) dispute = NULL;
  BriefingOutcome *copy;

  g_return_val_if_fail (BRIEFING_IS_OUTCOME (outcome), NULL);

  copy = briefing_outcome_new (briefing_outcome_get_text (outcome), briefing_outcome_get_status (outcome));
  copy_citations (briefing_outcome_get_citations (outcome), copy, (AddCitationFunc) briefing_outcome_add_citation);
  dispute = copy_dispute_or_null (briefing_outcome_get_disputed (outcome));
  briefing_outcome_set_disputed (copy, dispute);

  return copy;
}

BriefingResponse *
briefing_response_copy (BriefingResponse *response)
{
  g_autoptr(BriefingDispute) dispute = NULL;
  BriefingResponse *copy;

  g_return_val_if_fail (BRIEFING_IS_RESPONSE (response), NULL);

  copy = briefing_response_new (briefing_response_get_party (response), briefing_response_get_event (response),
                                briefing_response_get_stance (response));
  briefing_response_set_note (copy, briefing_response_get_note (response));
  copy_citations (briefing_response_get_citations (response), copy, (AddCitationFunc) briefing_response_add_citation);
  dispute = copy_dispute_or_null (briefing_response_get_disputed (response));
  briefing_response_set_disputed (copy, dispute);

  return copy;
}

BriefingParty *
briefing_party_copy (BriefingParty *party,
                     const char    *id)
{
  GPtrArray *people;
  BriefingParty *copy;

  g_return_val_if_fail (BRIEFING_IS_PARTY (party), NULL);

  copy = briefing_party_new (id != NULL ? id : briefing_party_get_id (party), briefing_party_get_name (party),
                             briefing_party_get_role (party));
  briefing_party_set_short_name (copy, briefing_party_get_short_name (party));
  briefing_party_set_color (copy, briefing_party_get_color (party));
  briefing_party_set_reliability_notes (copy, briefing_party_get_reliability_notes (party));
  people = briefing_party_get_representatives (party);
  for (guint i = 0; i < people->len; i++)
    {
      BriefingPerson *person = people->pdata[i];

      briefing_party_add_representative (copy, person->name, person->title);
    }

  return copy;
}

BriefingEvent *
briefing_event_copy (BriefingEvent *event,
                     const char    *id)
{
  g_autoptr(BriefingDispute) dispute = NULL;
  BriefingEvent *copy;
  GPtrArray *list;

  g_return_val_if_fail (BRIEFING_IS_EVENT (event), NULL);

  copy = briefing_event_new (id != NULL ? id : briefing_event_get_id (event), briefing_event_get_kind (event),
                             briefing_event_get_title (event), briefing_event_get_start (event));
  briefing_event_set_description (copy, briefing_event_get_description (event));
  briefing_event_set_end (copy, briefing_event_get_end (event));
  briefing_event_set_duration (copy, briefing_event_get_duration (event));
  if (briefing_event_has_explicit_precision (event))
    briefing_event_set_precision (copy, briefing_event_get_precision (event));
  briefing_event_set_round (copy, briefing_event_get_round (event));
  briefing_event_set_location (copy, briefing_event_get_location (event));
  briefing_event_set_host (copy, briefing_event_get_host (event));

  list = briefing_event_get_participants (event);
  for (guint i = 0; i < list->len; i++)
    briefing_event_add_participant (copy, list->pdata[i]);
  list = briefing_event_get_mediators (event);
  for (guint i = 0; i < list->len; i++)
    briefing_event_add_mediator (copy, list->pdata[i]);
  list = briefing_event_get_delegation_heads (event);
  for (guint i = 0; i < list->len; i++)
    {
      BriefingPerson *head = list->pdata[i];

      briefing_event_add_delegation_head (copy, head->party, head->name, head->title);
    }
  list = briefing_event_get_outcomes (event);
  for (guint i = 0; i < list->len; i++)
    {
      g_autoptr(BriefingOutcome) outcome = briefing_outcome_copy (list->pdata[i]);

      briefing_event_add_outcome (copy, outcome);
    }
  copy_citations (briefing_event_get_citations (event), copy, (AddCitationFunc) briefing_event_add_citation);
  dispute = copy_dispute_or_null (briefing_event_get_disputed (event));
  briefing_event_set_disputed (copy, dispute);

  return copy;
}

BriefingDemand *
briefing_demand_copy (BriefingDemand *demand,
                      const char     *id)
{
  g_autoptr(BriefingDispute) dispute = NULL;
  BriefingDemand *copy;
  GPtrArray *list;

  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand), NULL);

  copy = briefing_demand_new (id != NULL ? id : briefing_demand_get_id (demand), briefing_demand_get_party (demand),
                              briefing_demand_get_text (demand), briefing_demand_get_category (demand));
  briefing_demand_set_first_stated (copy, briefing_demand_get_first_stated (demand));
  list = briefing_demand_get_reiterated (demand);
  for (guint i = 0; i < list->len; i++)
    briefing_demand_add_reiterated (copy, list->pdata[i]);
  briefing_demand_set_withdrawn (copy, briefing_demand_get_withdrawn (demand));
  briefing_demand_set_credibility (copy, briefing_demand_get_credibility (demand));
  list = briefing_demand_get_responses (demand);
  for (guint i = 0; i < list->len; i++)
    {
      g_autoptr(BriefingResponse) response = briefing_response_copy (list->pdata[i]);

      briefing_demand_add_response (copy, response);
    }
  copy_citations (briefing_demand_get_citations (demand), copy, (AddCitationFunc) briefing_demand_add_citation);
  dispute = copy_dispute_or_null (briefing_demand_get_disputed (demand));
  briefing_demand_set_disputed (copy, dispute);

  return copy;
}

/* The getters hand out the items' own arrays; emptying one and adding anew replaces the list
 * without a setter per list in every model file. Only for copies not yet in a bundle. */
static void
set_ids (GPtrArray           *array,
         const char * const  *ids,
         gpointer             owner,
         void               (*add) (gpointer, const char *))
{
  g_ptr_array_set_size (array, 0);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    add (owner, ids[i]);
}

void
briefing_event_set_participants (BriefingEvent      *event,
                                 const char * const *party_ids)
{
  g_return_if_fail (BRIEFING_IS_EVENT (event));

  set_ids (briefing_event_get_participants (event), party_ids, event,
           (void (*) (gpointer, const char *)) briefing_event_add_participant);
}

void
briefing_event_set_mediators (BriefingEvent      *event,
                              const char * const *party_ids)
{
  g_return_if_fail (BRIEFING_IS_EVENT (event));

  set_ids (briefing_event_get_mediators (event), party_ids, event,
           (void (*) (gpointer, const char *)) briefing_event_add_mediator);
}

static void
set_objects (GPtrArray *array,
             GPtrArray *items,
             gpointer   owner,
             void     (*add) (gpointer, gpointer))
{
  /* @items may be @array itself, or share its objects: hold them while the array empties. */
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; items != NULL && i < items->len; i++)
    g_ptr_array_add (held, g_object_ref (items->pdata[i]));
  g_ptr_array_set_size (array, 0);
  for (guint i = 0; i < held->len; i++)
    add (owner, held->pdata[i]);
}

void
briefing_event_set_outcomes (BriefingEvent *event,
                             GPtrArray     *outcomes)
{
  g_return_if_fail (BRIEFING_IS_EVENT (event));

  set_objects (briefing_event_get_outcomes (event), outcomes, event,
               (void (*) (gpointer, gpointer)) briefing_event_add_outcome);
}

void
briefing_outcome_set_citations (BriefingOutcome *outcome,
                                GPtrArray       *citations)
{
  g_return_if_fail (BRIEFING_IS_OUTCOME (outcome));

  set_objects (briefing_outcome_get_citations (outcome), citations, outcome,
               (void (*) (gpointer, gpointer)) briefing_outcome_add_citation);
}

void
briefing_demand_set_citations (BriefingDemand *demand,
                               GPtrArray      *citations)
{
  g_return_if_fail (BRIEFING_IS_DEMAND (demand));

  set_objects (briefing_demand_get_citations (demand), citations, demand,
               (void (*) (gpointer, gpointer)) briefing_demand_add_citation);
}

void
briefing_demand_set_responses (BriefingDemand *demand,
                               GPtrArray      *responses)
{
  g_return_if_fail (BRIEFING_IS_DEMAND (demand));

  set_objects (briefing_demand_get_responses (demand), responses, demand,
               (void (*) (gpointer, gpointer)) briefing_demand_add_response);
}

void
briefing_response_set_citations (BriefingResponse *response,
                                 GPtrArray        *citations)
{
  g_return_if_fail (BRIEFING_IS_RESPONSE (response));

  set_objects (briefing_response_get_citations (response), citations, response,
               (void (*) (gpointer, gpointer)) briefing_response_add_citation);
}
