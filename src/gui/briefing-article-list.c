/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-article-list"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-article-list.h"
#include "briefing-article-row.h"
#include "briefing-newest-first.h"

struct _BriefingArticleList
{
  GtkWidget           parent_instance;

  /* Template widgets and models */
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkLabel           *empty_title;
  GtkLabel           *empty_description;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;

  /* Owned */
  BriefingNewestFirst *sorted;
  GListModel         *articles;
  BriefingArticle    *selected_article;
  char               *query;            /* casefolded; NULL when the filter is empty */

  /* Set while the list itself changes the selection, so that is not taken for the user's. */
  guint               changing_selection : 1;
};

G_DEFINE_FINAL_TYPE (BriefingArticleList, briefing_article_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLES,
  PROP_SELECTED_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
contains_folded (const char *text,
                 const char *folded_query)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;

  folded = g_utf8_casefold (text, -1);
  return strstr (folded, folded_query) != NULL;
}

static gboolean
article_matches (gpointer item,
                 gpointer user_data)
{
  BriefingArticleList *self = user_data;
  BriefingArticle *article = item;

  if (self->query == NULL)
    return TRUE;

  return contains_folded (briefing_article_get_headline (article), self->query) ||
         contains_folded (briefing_article_get_publisher (article), self->query);
}

static guint
find_position (BriefingArticleList *self,
               BriefingArticle     *article)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n_items = g_list_model_get_n_items (model);

  if (article == NULL)
    return GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BriefingArticle) item = g_list_model_get_item (model, i);

      if (item == article)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Selects the row of the selected article, if it is shown, and scrolls to it when asked. */
static void
select_row (BriefingArticleList *self,
            gboolean             scroll)
{
  guint position = find_position (self, self->selected_article);

  if (gtk_single_selection_get_selected (self->selection) != position)
    {
      self->changing_selection = TRUE;
      gtk_single_selection_set_selected (self->selection, position);
      self->changing_selection = FALSE;
    }

  /* GTK 4.8 has no gtk_list_view_scroll_to(); the list's own action does the same. */
  if (scroll && position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
update_count (BriefingArticleList *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *count = NULL;

  if (shown != total)
    /* Translators: how many articles the filter leaves, of how many */
    count = g_strdup_printf (ngettext ("%u of %u article", "%u of %u articles", total), shown, total);
  else
    count = g_strdup_printf (ngettext ("%u article", "%u articles", total), total);
  gtk_label_set_text (self->count_label, count);

  if (total == 0)
    {
      gtk_label_set_text (self->empty_title, _("No Articles"));
      gtk_label_set_text (self->empty_description, _("The articles of an open bundle are listed here"));
    }
  else
    {
      gtk_label_set_text (self->empty_title, _("No Matching Articles"));
      gtk_label_set_text (self->empty_description, _("No headline or publisher contains these words"));
    }
  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "list" : "empty");
}

static void
on_search_changed (BriefingArticleList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *query = stripped[0] != '\0' ? g_utf8_casefold (stripped, -1) : NULL;
  gboolean was_empty = self->query == NULL;
  GtkFilterChange change;

  if (g_strcmp0 (query, self->query) == 0)
    return;

  /* Say how the filter changed so the model refilters only what it must. */
  if (self->query == NULL || (query != NULL && strstr (query, self->query) != NULL))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (query == NULL || strstr (self->query, query) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->query);
  self->query = g_steal_pointer (&query);

  /* With no filter func the filter matches everything, and the model does not ask each article. */
  self->changing_selection = TRUE;
  if (self->query == NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  else if (was_empty)
    gtk_custom_filter_set_filter_func (self->filter, article_matches, self, NULL);
  else
    gtk_filter_changed (GTK_FILTER (self->filter), change);
  self->changing_selection = FALSE;

  select_row (self, FALSE);
}

static void
on_stop_search (BriefingArticleList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_selected_item_changed (BriefingArticleList *self)
{
  BriefingArticle *article;

  if (self->changing_selection)
    return;

  article = gtk_single_selection_get_selected_item (self->selection);
  if (!g_set_object (&self->selected_article, article))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ARTICLE]);
}

static void
on_items_changed (BriefingArticleList *self)
{
  update_count (self);
}

static void
briefing_article_list_dispose (GObject *object)
{
  BriefingArticleList *self = BRIEFING_ARTICLE_LIST (object);
  GtkWidget *child;

  /* The models may outlive the list: they must not call back into it. */
  gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_ARTICLE_LIST);
  /* Children of the template that it does not bind are left for us to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->articles);
  g_clear_object (&self->sorted);
  g_clear_object (&self->selected_article);

  G_OBJECT_CLASS (briefing_article_list_parent_class)->dispose (object);
}

static void
briefing_article_list_finalize (GObject *object)
{
  BriefingArticleList *self = BRIEFING_ARTICLE_LIST (object);

  g_free (self->query);

  G_OBJECT_CLASS (briefing_article_list_parent_class)->finalize (object);
}

static void
briefing_article_list_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BriefingArticleList *self = BRIEFING_ARTICLE_LIST (object);

  switch (prop_id)
    {
    case PROP_ARTICLES:
      g_value_set_object (value, self->articles);
      break;
    case PROP_SELECTED_ARTICLE:
      g_value_set_object (value, self->selected_article);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_article_list_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BriefingArticleList *self = BRIEFING_ARTICLE_LIST (object);

  switch (prop_id)
    {
    case PROP_ARTICLES:
      briefing_article_list_set_articles (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_ARTICLE:
      briefing_article_list_set_selected_article (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_article_list_class_init (BriefingArticleListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_article_list_dispose;
  object_class->finalize = briefing_article_list_finalize;
  object_class->get_property = briefing_article_list_get_property;
  object_class->set_property = briefing_article_list_set_property;

  properties[PROP_ARTICLES] =
    g_param_spec_object ("articles", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ARTICLE] =
    g_param_spec_object ("selected-article", NULL, NULL, BRIEFING_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The row template looks the types up by name. */
  g_type_ensure (BRIEFING_TYPE_ARTICLE);
  g_type_ensure (BRIEFING_TYPE_ARTICLE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/briefing/Briefing/briefing-article-list.ui");
  gtk_widget_class_set_css_name (widget_class, "articlelist");
  gtk_widget_class_bind_template_child (widget_class, BriefingArticleList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingArticleList, count_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingArticleList, stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingArticleList, list_view);
  gtk_widget_class_bind_template_child (widget_class, BriefingArticleList, empty_title);
  gtk_widget_class_bind_template_child (widget_class, BriefingArticleList, empty_description);
  gtk_widget_class_bind_template_child (widget_class, BriefingArticleList, selection);
  gtk_widget_class_bind_template_child (widget_class, BriefingArticleList, filter_model);
  gtk_widget_class_bind_template_child (widget_class, BriefingArticleList, filter);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_item_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_items_changed);
}

static void
briefing_article_list_init (BriefingArticleList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sorted = briefing_newest_first_new ();
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->sorted));
  update_count (self);
}

GtkWidget *
briefing_article_list_new (void)
{
  return g_object_new (BRIEFING_TYPE_ARTICLE_LIST, NULL);
}

GListModel *
briefing_article_list_get_articles (BriefingArticleList *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE_LIST (self), NULL);

  return self->articles;
}

void
briefing_article_list_set_articles (BriefingArticleList *self,
                                    GListModel          *articles)
{
  g_return_if_fail (BRIEFING_IS_ARTICLE_LIST (self));
  g_return_if_fail (articles == NULL || G_IS_LIST_MODEL (articles));

  if (!g_set_object (&self->articles, articles))
    return;

  self->changing_selection = TRUE;
  briefing_newest_first_set_model (self->sorted, articles);
  self->changing_selection = FALSE;

  /* The selection survives a new model only if the article is in it. */
  if (self->selected_article != NULL &&
      find_position (self, self->selected_article) == GTK_INVALID_LIST_POSITION)
    {
      guint n_items = articles != NULL ? g_list_model_get_n_items (articles) : 0;
      gboolean found = FALSE;

      for (guint i = 0; i < n_items && !found; i++)
        {
          g_autoptr(BriefingArticle) item = g_list_model_get_item (articles, i);

          found = item == self->selected_article;
        }

      if (!found)
        {
          g_clear_object (&self->selected_article);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ARTICLE]);
        }
    }
  select_row (self, FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLES]);
}

BriefingArticle *
briefing_article_list_get_selected_article (BriefingArticleList *self)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE_LIST (self), NULL);

  return self->selected_article;
}

void
briefing_article_list_set_selected_article (BriefingArticleList *self,
                                            BriefingArticle     *article)
{
  g_return_if_fail (BRIEFING_IS_ARTICLE_LIST (self));
  g_return_if_fail (article == NULL || BRIEFING_IS_ARTICLE (article));

  if (!g_set_object (&self->selected_article, article))
    return;

  select_row (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ARTICLE]);
}
