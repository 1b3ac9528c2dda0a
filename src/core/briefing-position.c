/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-position"

#include "config.h"

#include "briefing-position.h"

struct _BriefingPosition
{
  GObject         parent_instance;

  BriefingDemand *demand;
  GPtrArray      *responses;  /* of BriefingResponse, one per answering party */
  BriefingChange  change;
};

G_DEFINE_FINAL_TYPE (BriefingPosition, briefing_position, G_TYPE_OBJECT)

static void
briefing_position_finalize (GObject *object)
{
  BriefingPosition *self = BRIEFING_POSITION (object);

  g_clear_object (&self->demand);
  g_clear_pointer (&self->responses, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_position_parent_class)->finalize (object);
}

static void
briefing_position_class_init (BriefingPositionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = briefing_position_finalize;
}

static void
briefing_position_init (BriefingPosition *self)
{
  self->responses = g_ptr_array_new_with_free_func (g_object_unref);
}

BriefingDemand *
briefing_position_get_demand (BriefingPosition *self)
{
  g_return_val_if_fail (BRIEFING_IS_POSITION (self), NULL);

  return self->demand;
}

BriefingChange
briefing_position_get_change (BriefingPosition *self)
{
  g_return_val_if_fail (BRIEFING_IS_POSITION (self), BRIEFING_CHANGE_NONE);

  return self->change;
}

GPtrArray *
briefing_position_get_responses (BriefingPosition *self)
{
  g_return_val_if_fail (BRIEFING_IS_POSITION (self), NULL);

  return self->responses;
}

BriefingResponse *
briefing_position_get_response (BriefingPosition *self,
                                const char       *party_id)
{
  g_return_val_if_fail (BRIEFING_IS_POSITION (self), NULL);

  for (guint i = 0; i < self->responses->len; i++)
    if (g_strcmp0 (briefing_response_get_party (self->responses->pdata[i]), party_id) == 0)
      return self->responses->pdata[i];

  return NULL;
}

gboolean
briefing_position_is_disputed (BriefingPosition *self)
{
  g_return_val_if_fail (BRIEFING_IS_POSITION (self), FALSE);

  if (briefing_demand_get_disputed (self->demand) != NULL)
    return TRUE;
  for (guint i = 0; i < self->responses->len; i++)
    if (briefing_response_get_disputed (self->responses->pdata[i]) != NULL)
      return TRUE;

  return FALSE;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return briefing_event_compare (*(BriefingEvent **) a, *(BriefingEvent **) b);
}

GPtrArray *
briefing_bundle_dup_events_in_order (BriefingBundle *bundle)
{
  GListModel *events;
  GPtrArray *ordered;
  guint n;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE (bundle), NULL);

  events = briefing_bundle_get_events (bundle);
  n = g_list_model_get_n_items (events);
  ordered = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ordered, g_list_model_get_item (events, i));
  g_ptr_array_sort (ordered, compare_events);

  return ordered;
}

/* The place of each event in time order, by id; an event missing from it never happened. */
static GHashTable *
rank_events (BriefingBundle *bundle)
{
  g_autoptr(GPtrArray) ordered = briefing_bundle_dup_events_in_order (bundle);
  GHashTable *rank = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ordered->len; i++)
    g_hash_table_insert (rank, (gpointer) briefing_event_get_id (ordered->pdata[i]), GUINT_TO_POINTER (i + 1));

  return rank;
}

static guint
rank_of (GHashTable *rank,
         const char *event_id)
{
  return event_id != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (rank, event_id)) : 0;
}

static gboolean
contains_event (GPtrArray  *ids,
                const char *event_id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (ids->pdata[i], event_id) == 0)
      return TRUE;
  return FALSE;
}

/* Builds the position of @demand at rank @at (an event's place in time; G_MAXUINT for after the
 * last event), or NULL when the demand is not on the table then. */
static BriefingPosition *
position_at (BriefingBundle *bundle,
             BriefingDemand *demand,
             GHashTable     *rank,
             guint           at,
             const char     *at_id)
{
  GPtrArray *responses = briefing_demand_get_responses (demand);
  GListModel *parties = briefing_bundle_get_parties (bundle);
  guint first = rank_of (rank, briefing_demand_get_first_stated (demand));
  guint withdrawn = rank_of (rank, briefing_demand_get_withdrawn (demand));
  BriefingPosition *position;
  gboolean answered_here = FALSE;

  if (first == 0 || first > at || (withdrawn != 0 && withdrawn < at && at != G_MAXUINT))
    return NULL;

  position = g_object_new (BRIEFING_TYPE_POSITION, NULL);
  position->demand = g_object_ref (demand);

  /* The latest answer of each party up to the event, in the bundle's party order. */
  for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
    {
      g_autoptr(BriefingParty) party = g_list_model_get_item (parties, p);
      BriefingResponse *latest = NULL;
      guint latest_rank = 0;

      for (guint i = 0; i < responses->len; i++)
        {
          BriefingResponse *response = responses->pdata[i];
          guint r = rank_of (rank, briefing_response_get_event (response));

          if (g_strcmp0 (briefing_response_get_party (response), briefing_party_get_id (party)) != 0 ||
              r == 0 || r > at || r < latest_rank)
            continue;
          latest = response;
          latest_rank = r;
        }

      if (latest != NULL)
        {
          g_ptr_array_add (position->responses, g_object_ref (latest));
          if (latest_rank == at)
            answered_here = TRUE;
        }
    }

  if (withdrawn != 0 && (withdrawn == at || at == G_MAXUINT))
    position->change = BRIEFING_CHANGE_DROPPED;
  else if (at == G_MAXUINT)
    position->change = BRIEFING_CHANGE_NONE;
  else if (first == at)
    position->change = BRIEFING_CHANGE_NEW;
  else if (contains_event (briefing_demand_get_reiterated (demand), at_id))
    position->change = BRIEFING_CHANGE_REITERATED;
  else if (answered_here)
    position->change = BRIEFING_CHANGE_ANSWERED;
  else
    position->change = BRIEFING_CHANGE_NONE;

  return position;
}

GListModel *
briefing_positions_at (BriefingBundle *bundle,
                       BriefingEvent  *at)
{
  g_autoptr(GHashTable) rank = NULL;
  GListModel *demands;
  GListStore *store;
  guint at_rank;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE (bundle), NULL);
  g_return_val_if_fail (at == NULL || BRIEFING_IS_EVENT (at), NULL);

  rank = rank_events (bundle);
  at_rank = at != NULL ? rank_of (rank, briefing_event_get_id (at)) : G_MAXUINT;
  store = g_list_store_new (BRIEFING_TYPE_POSITION);
  if (at_rank == 0)
    return G_LIST_MODEL (store);

  demands = briefing_bundle_get_demands (bundle);
  for (guint i = 0; i < g_list_model_get_n_items (demands); i++)
    {
      g_autoptr(BriefingDemand) demand = g_list_model_get_item (demands, i);
      g_autoptr(BriefingPosition) position = NULL;

      position = position_at (bundle, demand, rank, at_rank, at != NULL ? briefing_event_get_id (at) : NULL);
      if (position != NULL)
        g_list_store_append (store, position);
    }

  return G_LIST_MODEL (store);
}
