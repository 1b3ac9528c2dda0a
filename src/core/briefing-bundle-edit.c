/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-bundle-edit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "briefing-anchor.h"
#include "briefing-bundle-check-private.h"
#include "briefing-bundle-edit.h"
#include "briefing-bundle-private.h"
#include "briefing-document-private.h"

/* Characters of context a new citation keeps on either side of its quote. */
#define CONTEXT_CHARS 32
/* Items named in a refusal; the rest are counted. */
#define MAX_NAMED 3

G_DEFINE_QUARK (briefing-edit-error-quark, briefing_edit_error)

/* Changes */

static gboolean
holds (BriefingBundle *bundle,
       GObject        *item,
       GError        **error)
{
  g_autofree char *what = NULL;

  if (briefing_bundle_find_item (bundle, item, NULL))
    return TRUE;

  what = briefing_edit_describe (item);
  /* Translators: %s names an item ("the event “…”") */
  return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_NOT_FOUND, _("%s is not in this bundle (any more)"), what);
}

static gboolean
add_item (BriefingDocument *self,
          GObject          *item,
          const char       *label,
          GError          **error)
{
  BriefingBundle *bundle = briefing_document_get_bundle (self);
  guint position;

  if (!briefing_edit_check_new_id (bundle, briefing_bundle_item_get_id (item), error) || !briefing_edit_check_item (bundle, item, error))
    return FALSE;

  position = g_list_model_get_n_items (G_LIST_MODEL (briefing_bundle_get_store_for (bundle, item)));
  briefing_document_begin_group (self, label);
  briefing_document_apply (self, NULL, item, position);
  briefing_document_end_group (self);

  return TRUE;
}

static gboolean
change_item (BriefingDocument *self,
             GObject          *item,
             GObject          *changed,
             const char       *label,
             GError          **error)
{
  BriefingBundle *bundle = briefing_document_get_bundle (self);

  g_return_val_if_fail (G_OBJECT_TYPE (item) == G_OBJECT_TYPE (changed), FALSE);
  g_return_val_if_fail (g_strcmp0 (briefing_bundle_item_get_id (item), briefing_bundle_item_get_id (changed)) == 0,
                        FALSE);

  if (!holds (bundle, item, error) || !briefing_edit_check_item (bundle, changed, error))
    return FALSE;
  if (item == changed)
    return TRUE;

  briefing_document_begin_group (self, label);
  briefing_document_apply (self, item, changed, 0);
  briefing_document_end_group (self);

  return TRUE;
}

static gboolean
remove_item (BriefingDocument *self,
             GObject          *item,
             const char       *label,
             GError          **error)
{
  BriefingBundle *bundle = briefing_document_get_bundle (self);
  g_autoptr(GPtrArray) referrers = NULL;

  if (!holds (bundle, item, error))
    return FALSE;

  referrers = briefing_document_dup_referrers (self, item);
  if (referrers->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *what = briefing_edit_describe (item);

      for (guint i = 0; i < MIN (referrers->len, MAX_NAMED); i++)
        {
          g_autofree char *name = briefing_edit_describe (referrers->pdata[i]);

          if (i > 0)
            /* Translators: separates the items in a list of items ("the event “A”, the demand “B”") */
            g_string_append (names, _(", "));
          g_string_append (names, name);
        }
      if (referrers->len > MAX_NAMED)
        {
          guint more = referrers->len - MAX_NAMED;

          g_string_append_printf (names,
                                  /* Translators: ends a list of items that refer to the one being removed */
                                  g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more", more), more);
        }

      return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_IN_USE,
                   /* Translators: the first %s names the item ("the party “Russia”"), the second lists
                    * the items that refer to it; the user has to change or remove those first */
                   _("%s cannot be removed while these refer to it: %s. Change or remove them first."), what,
                   names->str);
    }

  briefing_document_begin_group (self, label);
  briefing_document_apply (self, item, NULL, 0);
  briefing_document_end_group (self);

  return TRUE;
}

gboolean
briefing_document_set_title (BriefingDocument  *self,
                             const char        *title,
                             GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);

  if (briefing_edit_is_empty (title))
    return briefing_edit_fail (error, BRIEFING_EDIT_ERROR_INVALID, _("A bundle needs a title"));
  if (g_strcmp0 (title, briefing_bundle_get_title (briefing_document_get_bundle (self))) == 0)
    return TRUE;

  briefing_document_begin_group (self, _("Rename Bundle"));
  briefing_document_apply_title (self, title);
  briefing_document_end_group (self);
  return TRUE;
}

gboolean
briefing_document_add_party (BriefingDocument  *self,
                             BriefingParty     *party,
                             GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_PARTY (party), FALSE);

  return add_item (self, G_OBJECT (party), _("Add Party"), error);
}

gboolean
briefing_document_change_party (BriefingDocument  *self,
                                BriefingParty     *party,
                                BriefingParty     *changed,
                                GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_PARTY (party) && BRIEFING_IS_PARTY (changed), FALSE);

  return change_item (self, G_OBJECT (party), G_OBJECT (changed), _("Edit Party"), error);
}

gboolean
briefing_document_remove_party (BriefingDocument  *self,
                                BriefingParty     *party,
                                GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_PARTY (party), FALSE);

  return remove_item (self, G_OBJECT (party), _("Delete Party"), error);
}

gboolean
briefing_document_add_article (BriefingDocument  *self,
                               BriefingArticle   *article,
                               GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (article), FALSE);

  return add_item (self, G_OBJECT (article), _("Add Article"), error);
}

gboolean
briefing_document_remove_article (BriefingDocument  *self,
                                  BriefingArticle   *article,
                                  GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (article), FALSE);

  return remove_item (self, G_OBJECT (article), _("Delete Article"), error);
}

gboolean
briefing_document_add_event (BriefingDocument  *self,
                             BriefingEvent     *event,
                             GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);

  return add_item (self, G_OBJECT (event), _("Add Event"), error);
}

gboolean
briefing_document_change_event (BriefingDocument  *self,
                                BriefingEvent     *event,
                                BriefingEvent     *changed,
                                GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event) && BRIEFING_IS_EVENT (changed), FALSE);

  return change_item (self, G_OBJECT (event), G_OBJECT (changed), _("Edit Event"), error);
}

gboolean
briefing_document_remove_event (BriefingDocument  *self,
                                BriefingEvent     *event,
                                GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);

  return remove_item (self, G_OBJECT (event), _("Delete Event"), error);
}

/* Replaces @event by a copy whose outcome @index is @outcome (NULL removes it; @index equal to the
 * number of outcomes adds it). */
static gboolean
edit_outcomes (BriefingDocument *self,
               BriefingEvent    *event,
               guint             index,
               BriefingOutcome  *outcome,
               const char       *label,
               GError          **error)
{
  g_autoptr(BriefingEvent) copy = NULL;
  GPtrArray *outcomes;

  if (!holds (briefing_document_get_bundle (self), G_OBJECT (event), error))
    return FALSE;

  copy = briefing_event_copy (event, NULL);
  outcomes = briefing_event_get_outcomes (copy);
  g_return_val_if_fail (index <= outcomes->len, FALSE);
  if (index == outcomes->len)
    briefing_event_add_outcome (copy, outcome);
  else if (outcome != NULL)
    {
      g_object_unref (outcomes->pdata[index]);
      outcomes->pdata[index] = g_object_ref (outcome);
    }
  else
    g_ptr_array_remove_index (outcomes, index);

  return change_item (self, G_OBJECT (event), G_OBJECT (copy), label, error);
}

gboolean
briefing_document_add_outcome (BriefingDocument  *self,
                               BriefingEvent     *event,
                               BriefingOutcome   *outcome,
                               GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event) && BRIEFING_IS_OUTCOME (outcome), FALSE);

  return edit_outcomes (self, event, briefing_event_get_outcomes (event)->len, outcome, _("Add Outcome"), error);
}

gboolean
briefing_document_change_outcome (BriefingDocument  *self,
                                  BriefingEvent     *event,
                                  guint              index,
                                  BriefingOutcome   *changed,
                                  GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event) && BRIEFING_IS_OUTCOME (changed), FALSE);
  g_return_val_if_fail (index < briefing_event_get_outcomes (event)->len, FALSE);

  return edit_outcomes (self, event, index, changed, _("Edit Outcome"), error);
}

gboolean
briefing_document_remove_outcome (BriefingDocument  *self,
                                  BriefingEvent     *event,
                                  guint              index,
                                  GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);
  g_return_val_if_fail (index < briefing_event_get_outcomes (event)->len, FALSE);

  return edit_outcomes (self, event, index, NULL, _("Delete Outcome"), error);
}

gboolean
briefing_document_add_demand (BriefingDocument  *self,
                              BriefingDemand    *demand,
                              GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand), FALSE);

  return add_item (self, G_OBJECT (demand), _("Add Demand"), error);
}

gboolean
briefing_document_change_demand (BriefingDocument  *self,
                                 BriefingDemand    *demand,
                                 BriefingDemand    *changed,
                                 GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand) && BRIEFING_IS_DEMAND (changed), FALSE);

  return change_item (self, G_OBJECT (demand), G_OBJECT (changed), _("Edit Demand"), error);
}

gboolean
briefing_document_remove_demand (BriefingDocument  *self,
                                 BriefingDemand    *demand,
                                 GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand), FALSE);

  return remove_item (self, G_OBJECT (demand), _("Delete Demand"), error);
}

static gboolean
edit_responses (BriefingDocument *self,
                BriefingDemand   *demand,
                guint             index,
                BriefingResponse *response,
                const char       *label,
                GError          **error)
{
  g_autoptr(BriefingDemand) copy = NULL;
  GPtrArray *responses;

  if (!holds (briefing_document_get_bundle (self), G_OBJECT (demand), error))
    return FALSE;

  copy = briefing_demand_copy (demand, NULL);
  responses = briefing_demand_get_responses (copy);
  g_return_val_if_fail (index <= responses->len, FALSE);
  if (index == responses->len)
    briefing_demand_add_response (copy, response);
  else if (response != NULL)
    {
      g_object_unref (responses->pdata[index]);
      responses->pdata[index] = g_object_ref (response);
    }
  else
    g_ptr_array_remove_index (responses, index);

  return change_item (self, G_OBJECT (demand), G_OBJECT (copy), label, error);
}

gboolean
briefing_document_add_response (BriefingDocument  *self,
                                BriefingDemand    *demand,
                                BriefingResponse  *response,
                                GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand) && BRIEFING_IS_RESPONSE (response), FALSE);

  return edit_responses (self, demand, briefing_demand_get_responses (demand)->len, response, _("Add Response"),
                         error);
}

gboolean
briefing_document_change_response (BriefingDocument  *self,
                                   BriefingDemand    *demand,
                                   guint              index,
                                   BriefingResponse  *changed,
                                   GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand) && BRIEFING_IS_RESPONSE (changed), FALSE);
  g_return_val_if_fail (index < briefing_demand_get_responses (demand)->len, FALSE);

  return edit_responses (self, demand, index, changed, _("Edit Response"), error);
}

gboolean
briefing_document_remove_response (BriefingDocument  *self,
                                   BriefingDemand    *demand,
                                   guint              index,
                                   GError           **error)
{
  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand), FALSE);
  g_return_val_if_fail (index < briefing_demand_get_responses (demand)->len, FALSE);

  return edit_responses (self, demand, index, NULL, _("Delete Response"), error);
}

BriefingCitation *
briefing_citation_new_for_range (BriefingArticle *article,
                                 gsize            start,
                                 gsize            end)
{
  const char *text;
  gsize length;
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  const char *p;
  BriefingCitation *citation;
  gint64 char_start, char_end;

  g_return_val_if_fail (BRIEFING_IS_ARTICLE (article), NULL);

  text = briefing_article_get_text (article);
  length = briefing_article_get_text_length (article);
  g_return_val_if_fail (start < end && end <= length, NULL);

  exact = g_strndup (text + start, end - start);
  p = text + start;
  for (guint i = 0; i < CONTEXT_CHARS && p > text; i++)
    p = g_utf8_prev_char (p);
  prefix = g_strndup (p, text + start - p);
  p = text + end;
  for (guint i = 0; i < CONTEXT_CHARS && p < text + length; i++)
    p = g_utf8_next_char (p);
  suffix = g_strndup (text + end, p - (text + end));

  citation = briefing_citation_new (briefing_article_get_id (article), exact);
  if (prefix[0] != '\0')
    briefing_citation_set_prefix (citation, prefix);
  if (suffix[0] != '\0')
    briefing_citation_set_suffix (citation, suffix);
  char_start = briefing_anchor_byte_to_char (text, start);
  char_end = briefing_anchor_byte_to_char (text, end);
  briefing_citation_set_position (citation, char_start, char_end);
  briefing_citation_set_anchor (citation, start, end);

  return citation;
}
