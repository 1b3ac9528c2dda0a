/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-search-results"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-article.h"
#include "briefing-demand.h"
#include "briefing-event.h"
#include "briefing-labels.h"
#include "briefing-party.h"
#include "briefing-search-results.h"

struct _BriefingSearchResults
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkNoSelection     *selection;
  GtkLabel           *count_label;

  /* Owned */
  GListModel         *results;
};

G_DEFINE_FINAL_TYPE (BriefingSearchResults, briefing_search_results, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULTS,
  N_PROPS
};

enum {
  RESULT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Template helpers: the .ui binds rows through these with <closure>. */

static char *
result_title (gpointer              object,
              BriefingSearchResult *result)
{
  GObject *item;

  if (result == NULL)
    return NULL;

  item = briefing_search_result_get_item (result);
  switch (briefing_search_result_get_kind (result))
    {
    case BRIEFING_SEARCH_KIND_PARTY:
      return g_strdup (briefing_party_get_name (BRIEFING_PARTY (item)));
    case BRIEFING_SEARCH_KIND_EVENT:
      return g_strdup (briefing_event_get_title (BRIEFING_EVENT (item)));
    case BRIEFING_SEARCH_KIND_DEMAND:
      return g_strdup (briefing_demand_get_text (BRIEFING_DEMAND (item)));
    case BRIEFING_SEARCH_KIND_ARTICLE:
    default:
      return g_strdup (briefing_article_get_headline (BRIEFING_ARTICLE (item)));
    }
}

static char *
result_kind (gpointer              object,
             BriefingSearchResult *result)
{
  if (result == NULL)
    return NULL;

  switch (briefing_search_result_get_kind (result))
    {
    /* Translators: the kind of a search result */
    case BRIEFING_SEARCH_KIND_PARTY: return g_strdup (C_("search result", "Party"));
    case BRIEFING_SEARCH_KIND_EVENT: return g_strdup (C_("search result", "Event"));
    case BRIEFING_SEARCH_KIND_DEMAND: return g_strdup (C_("search result", "Demand"));
    case BRIEFING_SEARCH_KIND_ARTICLE:
    default: return g_strdup (C_("search result", "Article"));
    }
}

static char *
result_icon (gpointer              object,
             BriefingSearchResult *result)
{
  if (result == NULL)
    return NULL;

  switch (briefing_search_result_get_kind (result))
    {
    case BRIEFING_SEARCH_KIND_PARTY: return g_strdup ("system-users-symbolic");
    case BRIEFING_SEARCH_KIND_EVENT: return g_strdup ("x-office-calendar-symbolic");
    case BRIEFING_SEARCH_KIND_DEMAND: return g_strdup ("mail-send-symbolic");
    case BRIEFING_SEARCH_KIND_ARTICLE:
    default: return g_strdup ("text-x-generic-symbolic");
    }
}

/* The snippet with the match in bold, as Pango markup. */
static char *
result_snippet (gpointer              object,
                BriefingSearchResult *result)
{
  const char *snippet;
  gsize start, end;
  g_autofree char *before = NULL;
  g_autofree char *match = NULL;
  g_autofree char *after = NULL;

  if (result == NULL)
    return NULL;

  snippet = briefing_search_result_get_snippet (result);
  briefing_search_result_get_snippet_match (result, &start, &end);
  before = g_markup_escape_text (snippet, start);
  match = g_markup_escape_text (snippet + start, end - start);
  after = g_markup_escape_text (snippet + end, -1);

  return g_strdup_printf ("%s<b>%s</b>%s", before, match, after);
}

static void
on_list_view_activate (BriefingSearchResults *self,
                       guint                  position)
{
  g_autoptr(BriefingSearchResult) result = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (result != NULL)
    g_signal_emit (self, signals[RESULT_ACTIVATED], 0, result);
}

static void
update_count (BriefingSearchResults *self)
{
  guint n = self->results != NULL ? g_list_model_get_n_items (self->results) : 0;
  g_autofree char *text = NULL;

  /* Translators: the number of search results */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result", "%u results", n), n);
  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "results" : "none");
}

static void
briefing_search_results_dispose (GObject *object)
{
  BriefingSearchResults *self = BRIEFING_SEARCH_RESULTS (object);

  if (self->results != NULL)
    g_signal_handlers_disconnect_by_func (self->results, update_count, self);
  g_clear_object (&self->results);
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_SEARCH_RESULTS);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (briefing_search_results_parent_class)->dispose (object);
}

static void
briefing_search_results_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  BriefingSearchResults *self = BRIEFING_SEARCH_RESULTS (object);

  switch (prop_id)
    {
    case PROP_RESULTS:
      g_value_set_object (value, self->results);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_search_results_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  BriefingSearchResults *self = BRIEFING_SEARCH_RESULTS (object);

  switch (prop_id)
    {
    case PROP_RESULTS:
      briefing_search_results_set_results (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_search_results_class_init (BriefingSearchResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_search_results_dispose;
  object_class->get_property = briefing_search_results_get_property;
  object_class->set_property = briefing_search_results_set_property;

  properties[PROP_RESULTS] =
    g_param_spec_object ("results", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BriefingSearchResults::result-activated:
   * @result: the BriefingSearchResult the user chose
   */
  signals[RESULT_ACTIVATED] =
    g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BRIEFING_TYPE_SEARCH_RESULT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-search-results.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingSearchResults, stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingSearchResults, list_view);
  gtk_widget_class_bind_template_child (widget_class, BriefingSearchResults, selection);
  gtk_widget_class_bind_template_child (widget_class, BriefingSearchResults, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, result_title);
  gtk_widget_class_bind_template_callback (widget_class, result_kind);
  gtk_widget_class_bind_template_callback (widget_class, result_icon);
  gtk_widget_class_bind_template_callback (widget_class, result_snippet);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "searchresults");
}

static void
briefing_search_results_init (BriefingSearchResults *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_count (self);
}

GListModel *
briefing_search_results_get_results (BriefingSearchResults *self)
{
  g_return_val_if_fail (BRIEFING_IS_SEARCH_RESULTS (self), NULL);

  return self->results;
}

void
briefing_search_results_set_results (BriefingSearchResults *self,
                                     GListModel            *results)
{
  g_return_if_fail (BRIEFING_IS_SEARCH_RESULTS (self));

  if (self->results == results)
    return;

  if (self->results != NULL)
    g_signal_handlers_disconnect_by_func (self->results, update_count, self);
  g_set_object (&self->results, results);
  if (results != NULL)
    g_signal_connect_swapped (results, "items-changed", G_CALLBACK (update_count), self);

  gtk_no_selection_set_model (self->selection, results);
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULTS]);
}
