/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-annotation-text"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-annotation-text.h"
#include "briefing-article.h"
#include "briefing-demand.h"
#include "briefing-event.h"
#include "briefing-labels.h"
#include "briefing-party.h"

const char *
briefing_annotation_kind_name (BriefingAnnotationKind kind)
{
  switch (kind)
    {
    case BRIEFING_ANNOTATION_KIND_HIGHLIGHT: return C_("annotation kind", "Highlight");
    case BRIEFING_ANNOTATION_KIND_QUESTION: return C_("annotation kind", "Question");
    case BRIEFING_ANNOTATION_KIND_NOTE:
    default: return C_("annotation kind", "Note");
    }
}

const char *
briefing_annotation_kind_icon_name (BriefingAnnotationKind kind)
{
  switch (kind)
    {
    case BRIEFING_ANNOTATION_KIND_HIGHLIGHT: return "format-text-underline-symbolic";
    case BRIEFING_ANNOTATION_KIND_QUESTION: return "dialog-question-symbolic";
    case BRIEFING_ANNOTATION_KIND_NOTE:
    default: return "accessories-text-editor-symbolic";
    }
}

char *
briefing_annotation_dup_target (BriefingAnnotation *annotation,
                                BriefingBundle     *bundle)
{
  const char *id;

  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (annotation), NULL);

  id = briefing_annotation_get_target_id (annotation);
  switch (briefing_annotation_get_target_kind (annotation))
    {
    case BRIEFING_TARGET_ARTICLE:
      {
        BriefingArticle *article = bundle != NULL ? briefing_bundle_lookup_article (bundle, id) : NULL;

        if (article != NULL)
          return g_strdup (briefing_article_get_headline (article));
        /* Translators: %s is the id of an article the bundle no longer has */
        return g_strdup_printf (_("Article “%s”"), id);
      }
    case BRIEFING_TARGET_EVENT:
      {
        BriefingEvent *event = bundle != NULL ? briefing_bundle_lookup_event (bundle, id) : NULL;

        /* Translators: what a note is attached to; %s is the event's title */
        return g_strdup_printf (_("Event: %s"), event != NULL ? briefing_event_get_title (event) : id);
      }
    case BRIEFING_TARGET_DEMAND:
      {
        BriefingDemand *demand = bundle != NULL ? briefing_bundle_lookup_demand (bundle, id) : NULL;

        /* Translators: what a note is attached to; %s is the demand's words */
        return g_strdup_printf (_("Demand: %s"), demand != NULL ? briefing_demand_get_text (demand) : id);
      }
    case BRIEFING_TARGET_BUNDLE:
    default:
      return g_strdup (_("Whole bundle"));
    }
}

const char *
briefing_annotation_owner_name (const char     *owner,
                                BriefingBundle *bundle)
{
  BriefingParty *party;

  if (owner == NULL || bundle == NULL)
    return owner;

  party = briefing_bundle_lookup_party (bundle, owner);
  return party != NULL ? briefing_party_get_name (party) : owner;
}

char *
briefing_annotation_dup_due (BriefingAnnotation *annotation,
                             gboolean           *overdue)
{
  const BriefingDate *deadline;
  g_autofree char *date = NULL;

  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (annotation), NULL);

  deadline = briefing_annotation_get_deadline (annotation);
  if (overdue != NULL)
    *overdue = FALSE;
  if (deadline == NULL || !briefing_date_is_set (deadline))
    return NULL;

  /* Due on a day: overdue from the next day on, in the user's time zone. */
  if (overdue != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      int today = g_date_time_get_year (now) * 10000 + g_date_time_get_month (now) * 100 +
                  g_date_time_get_day_of_month (now);

      *overdue = deadline->year * 10000 + deadline->month * 100 + deadline->day < today;
    }

  date = briefing_date_format (deadline);
  /* Translators: a question's deadline; %s is a date such as "31 August 2025" */
  return g_strdup_printf (_("Due %s"), date);
}
