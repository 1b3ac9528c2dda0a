/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-convergence"

#include "config.h"

#include "briefing-convergence.h"
#include "briefing-position.h"

typedef struct
{
  BriefingStanding standing;
  guint            count;
  guint            accepts;
  guint            conditional;
  guint            rejects;
  guint            unknown;
} Cell;

struct _BriefingConvergence
{
  GObject     parent_instance;

  GPtrArray  *categories;  /* of char*, NULL-terminated */
  GPtrArray  *parties;     /* of BriefingParty */
  GHashTable *cells;       /* "category\x1fparty" → Cell */
};

G_DEFINE_FINAL_TYPE (BriefingConvergence, briefing_convergence, G_TYPE_OBJECT)

static char *
cell_key (const char *category,
          const char *party_id)
{
  return g_strconcat (category, "\x1f", party_id, NULL);
}

static Cell *
ensure_cell (BriefingConvergence *self,
             const char          *category,
             const char          *party_id)
{
  char *key = cell_key (category, party_id);
  Cell *cell = g_hash_table_lookup (self->cells, key);

  if (cell != NULL)
    {
      g_free (key);
      return cell;
    }

  cell = g_new0 (Cell, 1);
  g_hash_table_insert (self->cells, key, cell);
  return cell;
}

static const Cell *
lookup_cell (BriefingConvergence *self,
             const char          *category,
             const char          *party_id)
{
  g_autofree char *key = cell_key (category, party_id);

  return g_hash_table_lookup (self->cells, key);
}

/* The answers of a cell in one word when they agree. */
static BriefingStanding
answers_standing (const Cell *cell)
{
  guint kinds = (cell->accepts > 0) + (cell->conditional > 0) + (cell->rejects > 0);

  if (kinds > 1)
    return BRIEFING_STANDING_MIXED;
  else if (cell->accepts > 0)
    return BRIEFING_STANDING_ACCEPTS;
  else if (cell->conditional > 0)
    return BRIEFING_STANDING_CONDITIONAL;
  else if (cell->rejects > 0)
    return BRIEFING_STANDING_REJECTS;
  else if (cell->unknown > 0)
    return BRIEFING_STANDING_UNKNOWN;
  return BRIEFING_STANDING_NONE;
}

/* Own demands outweigh answers. */
static void
settle (Cell *cell)
{
  if (cell->standing == BRIEFING_STANDING_DEMANDS)
    return;

  cell->count = cell->accepts + cell->conditional + cell->rejects + cell->unknown;
  cell->standing = answers_standing (cell);
}

static void
briefing_convergence_finalize (GObject *object)
{
  BriefingConvergence *self = BRIEFING_CONVERGENCE (object);

  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->parties, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);

  G_OBJECT_CLASS (briefing_convergence_parent_class)->finalize (object);
}

static void
briefing_convergence_class_init (BriefingConvergenceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = briefing_convergence_finalize;
}

static void
briefing_convergence_init (BriefingConvergence *self)
{
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->parties = g_ptr_array_new_with_free_func (g_object_unref);
  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

BriefingConvergence *
briefing_convergence_new (BriefingBundle *bundle,
                          BriefingEvent  *at)
{
  g_autoptr(GListModel) positions = NULL;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE (bundle), NULL);

  positions = briefing_positions_at (bundle, at);
  return briefing_convergence_new_for_positions (bundle, positions);
}

BriefingConvergence *
briefing_convergence_new_for_positions (BriefingBundle *bundle,
                                        GListModel     *positions)
{
  g_autoptr(GHashTable) seen_parties = g_hash_table_new (g_str_hash, g_str_equal);
  BriefingConvergence *self;
  GListModel *parties;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE (bundle), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (positions), NULL);

  self = g_object_new (BRIEFING_TYPE_CONVERGENCE, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(BriefingPosition) position = g_list_model_get_item (positions, i);
      BriefingDemand *demand = briefing_position_get_demand (position);
      const char *category = briefing_demand_get_category (demand);
      GPtrArray *responses = briefing_position_get_responses (position);
      Cell *own;

      if (briefing_position_get_change (position) == BRIEFING_CHANGE_DROPPED)
        continue;

      if (!g_ptr_array_find_with_equal_func (self->categories, category, g_str_equal, NULL))
        g_ptr_array_add (self->categories, g_strdup (category));

      own = ensure_cell (self, category, briefing_demand_get_party (demand));
      own->standing = BRIEFING_STANDING_DEMANDS;
      own->count++;
      g_hash_table_add (seen_parties, (gpointer) briefing_demand_get_party (demand));

      for (guint r = 0; r < responses->len; r++)
        {
          BriefingResponse *response = responses->pdata[r];
          Cell *cell = ensure_cell (self, category, briefing_response_get_party (response));

          g_hash_table_add (seen_parties, (gpointer) briefing_response_get_party (response));
          switch (briefing_response_get_stance (response))
            {
            case BRIEFING_STANCE_ACCEPTS: cell->accepts++; break;
            case BRIEFING_STANCE_CONDITIONAL: cell->conditional++; break;
            case BRIEFING_STANCE_REJECTS: cell->rejects++; break;
            case BRIEFING_STANCE_UNKNOWN:
            default: cell->unknown++; break;
            }
        }
    }

  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, self->cells);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      settle (value);
  }

  /* Parties in the bundle's order: sides first, then the others that take part. */
  parties = briefing_bundle_get_parties (bundle);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
      {
        g_autoptr(BriefingParty) party = g_list_model_get_item (parties, i);
        gboolean side = briefing_party_get_role (party) == BRIEFING_PARTY_ROLE_PARTY;

        if ((pass == 0) == side && g_hash_table_contains (seen_parties, briefing_party_get_id (party)))
          g_ptr_array_add (self->parties, g_object_ref (party));
      }

  g_ptr_array_add (self->categories, NULL);
  return self;
}

const char * const *
briefing_convergence_get_categories (BriefingConvergence *self)
{
  g_return_val_if_fail (BRIEFING_IS_CONVERGENCE (self), NULL);

  return (const char * const *) self->categories->pdata;
}

GPtrArray *
briefing_convergence_get_parties (BriefingConvergence *self)
{
  g_return_val_if_fail (BRIEFING_IS_CONVERGENCE (self), NULL);

  return self->parties;
}

BriefingStanding
briefing_convergence_get_standing (BriefingConvergence *self,
                                   const char          *category,
                                   const char          *party_id)
{
  const Cell *cell;

  g_return_val_if_fail (BRIEFING_IS_CONVERGENCE (self), BRIEFING_STANDING_NONE);

  cell = lookup_cell (self, category, party_id);
  return cell != NULL ? cell->standing : BRIEFING_STANDING_NONE;
}

guint
briefing_convergence_get_count (BriefingConvergence *self,
                                const char          *category,
                                const char          *party_id)
{
  const Cell *cell;

  g_return_val_if_fail (BRIEFING_IS_CONVERGENCE (self), 0);

  cell = lookup_cell (self, category, party_id);
  return cell != NULL ? cell->count : 0;
}

BriefingStanding
briefing_convergence_get_answers (BriefingConvergence *self,
                                  const char          *category,
                                  const char          *party_id)
{
  const Cell *cell;

  g_return_val_if_fail (BRIEFING_IS_CONVERGENCE (self), BRIEFING_STANDING_NONE);

  cell = lookup_cell (self, category, party_id);
  return cell != NULL ? answers_standing (cell) : BRIEFING_STANDING_NONE;
}

gboolean
briefing_convergence_is_agreed (BriefingConvergence *self,
                                const char          *category)
{
  gboolean any_answer = FALSE;

  g_return_val_if_fail (BRIEFING_IS_CONVERGENCE (self), FALSE);

  for (guint i = 0; i < self->parties->len; i++)
    {
      BriefingStanding standing = briefing_convergence_get_standing (self, category,
                                                                     briefing_party_get_id (self->parties->pdata[i]));

      if (standing == BRIEFING_STANDING_REJECTS || standing == BRIEFING_STANDING_MIXED ||
          standing == BRIEFING_STANDING_CONDITIONAL)
        return FALSE;
      if (standing == BRIEFING_STANDING_ACCEPTS)
        any_answer = TRUE;
    }

  return any_answer;
}
