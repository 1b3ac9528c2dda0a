/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-notes-pane"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-annotation-colors.h"
#include "briefing-annotation-swatch.h"
#include "briefing-article.h"
#include "briefing-note-row.h"
#include "briefing-notes-pane.h"

struct _BriefingNotesPane
{
  GtkWidget                parent_instance;

  /* Template widgets and models */
  GtkWidget               *header_box;
  GtkSearchEntry          *search_entry;
  GtkDropDown             *color_dropdown;
  GtkDropDown             *kind_dropdown;
  GtkDropDown             *tag_dropdown;
  GtkDropDown             *article_dropdown;
  GtkStringList           *color_list;
  GtkStringList           *tag_list;
  GtkStringList           *article_list;
  GtkLabel                *count_label;
  GtkStack                *stack;
  GtkListView             *list_view;
  GtkFilterListModel      *filter_model;
  GtkCustomFilter         *filter;
  GtkSortListModel        *sort_model;
  GtkCustomSorter         *sorter;
  GtkImage                *empty_icon;
  GtkLabel                *empty_title;
  GtkLabel                *empty_description;
  GtkWidget               *clear_button;

  /* Owned */
  BriefingAnnotationStore *store;
  BriefingBundle          *bundle;
  GPtrArray               *tags;        /* the tag dropdown's tags after "All tags" */
  GPtrArray               *article_ids; /* the article dropdown's articles after "All articles" */
  guint                    update_lists_id;

  /* The filters, as chosen; the strings are borrowed from the arrays above or are static. */
  const char              *color;
  int                      kind;        /* -1 for every kind */
  const char              *tag;
  const char              *article_id;
  char                    *query;       /* casefolded; NULL when there are no search words */

  /* Set while the dropdowns' lists are rebuilt, so that is not taken for the user's choice. */
  guint                    updating_lists : 1;
};

G_DEFINE_FINAL_TYPE (BriefingNotesPane, briefing_notes_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_BUNDLE,
  N_PROPS
};

enum {
  ANNOTATION_ACTIVATED,
  EDIT_REQUESTED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

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
matches_query (BriefingAnnotation *annotation,
               const char         *query)
{
  const char * const *tags = briefing_annotation_get_tags (annotation);

  if (contains_folded (briefing_annotation_get_note (annotation), query) ||
      contains_folded (briefing_annotation_get_exact (annotation), query))
    return TRUE;

  for (guint i = 0; tags[i] != NULL; i++)
    if (contains_folded (tags[i], query))
      return TRUE;

  return FALSE;
}

static gboolean
annotation_matches (gpointer item,
                    gpointer user_data)
{
  BriefingNotesPane *self = user_data;
  BriefingAnnotation *annotation = item;

  if (self->color != NULL && g_strcmp0 (briefing_annotation_get_color (annotation), self->color) != 0)
    return FALSE;
  if (self->kind >= 0 && (int) briefing_annotation_get_kind (annotation) != self->kind)
    return FALSE;
  if (self->tag != NULL && !briefing_annotation_has_tag (annotation, self->tag))
    return FALSE;
  if (self->article_id != NULL &&
      (briefing_annotation_get_target_kind (annotation) != BRIEFING_TARGET_ARTICLE ||
       g_strcmp0 (briefing_annotation_get_target_id (annotation), self->article_id) != 0))
    return FALSE;
  if (self->query != NULL && !matches_query (annotation, self->query))
    return FALSE;

  return TRUE;
}

/* Newest first, so what was just added is at the top; the id keeps the order stable. */
static int
compare_annotations (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  BriefingAnnotation *annotation_a = (BriefingAnnotation *) a;
  BriefingAnnotation *annotation_b = (BriefingAnnotation *) b;
  const BriefingDate *created_a = briefing_annotation_get_created (annotation_a);
  const BriefingDate *created_b = briefing_annotation_get_created (annotation_b);
  int order = 0;

  if (created_a != NULL && created_b != NULL)
    order = briefing_date_compare (created_b, created_a);
  if (order == 0)
    order = g_strcmp0 (briefing_annotation_get_id (annotation_a), briefing_annotation_get_id (annotation_b));

  return gtk_ordering_from_cmpfunc (order);
}

/* Template helpers for the colour dropdown, whose first item is "All colours". */

static char *
color_at (gpointer object,
          guint    position)
{
  if (position == 0 || position > BRIEFING_N_COLORS)
    return NULL;

  return g_strdup (briefing_annotation_colors[position - 1]);
}

static gboolean
has_color_at (gpointer object,
              guint    position)
{
  return position > 0 && position <= BRIEFING_N_COLORS;
}

static const char *
color_meaning (BriefingNotesPane *self,
               const char        *color)
{
  const char *meaning = self->store != NULL ? briefing_annotation_store_get_label (self->store, color) : NULL;

  return meaning != NULL && *meaning != '\0' ? meaning : briefing_annotation_color_name (color);
}

static void
read_filters (BriefingNotesPane *self)
{
  guint color = gtk_drop_down_get_selected (self->color_dropdown);
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint tag = gtk_drop_down_get_selected (self->tag_dropdown);
  guint article = gtk_drop_down_get_selected (self->article_dropdown);

  self->color = color > 0 && color <= BRIEFING_N_COLORS ? briefing_annotation_colors[color - 1] : NULL;
  /* The kind dropdown lists the kinds in the order of BriefingAnnotationKind. */
  self->kind = kind > 0 && kind != GTK_INVALID_LIST_POSITION ? (int) kind - 1 : -1;
  self->tag = tag > 0 && tag <= self->tags->len ? self->tags->pdata[tag - 1] : NULL;
  self->article_id = article > 0 && article <= self->article_ids->len
                     ? self->article_ids->pdata[article - 1] : NULL;
}

static void
on_filter_changed (BriefingNotesPane *self)
{
  if (self->updating_lists)
    return;

  read_filters (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed (BriefingNotesPane *self,
                   GtkSearchEntry    *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->query, g_free);
  if (*stripped != '\0')
    self->query = g_utf8_casefold (stripped, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_stop_search (BriefingNotesPane *self,
                GtkSearchEntry    *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Replaces the items of a dropdown's list and selects @selected again, or the first item. */
static void
replace_items (GtkDropDown         *dropdown,
               GtkStringList       *list,
               const char * const  *items,
               guint                selected)
{
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)), items);
  gtk_drop_down_set_selected (dropdown, selected);
}

static void
update_color_list (BriefingNotesPane *self)
{
  const char *items[BRIEFING_N_COLORS + 2] = { _("All colours"), };
  guint selected = gtk_drop_down_get_selected (self->color_dropdown);

  for (guint i = 0; i < BRIEFING_N_COLORS; i++)
    items[i + 1] = color_meaning (self, briefing_annotation_colors[i]);

  self->updating_lists = TRUE;
  replace_items (self->color_dropdown, self->color_list, items,
                 selected <= BRIEFING_N_COLORS ? selected : 0);
  self->updating_lists = FALSE;
}

/* Alphabetical whatever the case: "ceasefire" before "NATO". */
static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  g_autofree char *folded_a = g_utf8_casefold (*(const char **) a, -1);
  g_autofree char *folded_b = g_utf8_casefold (*(const char **) b, -1);
  int order = g_utf8_collate (folded_a, folded_b);

  return order != 0 ? order : strcmp (*(const char **) a, *(const char **) b);
}

/* The tags and the articles in use, for their dropdowns; what was chosen stays chosen if it is
 * still in use. */
static void
update_lists (BriefingNotesPane *self)
{
  g_autoptr(GHashTable) tags = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) articles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) new_tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) new_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autofree char *old_tag = g_strdup (self->tag);
  g_autofree char *old_article = g_strdup (self->article_id);
  guint n = self->store != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->store)) : 0;
  guint selected_tag = 0, selected_article = 0;
  GListModel *bundle_articles;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      const char * const *annotation_tags = briefing_annotation_get_tags (annotation);

      for (guint j = 0; annotation_tags[j] != NULL; j++)
        if (!g_hash_table_contains (tags, annotation_tags[j]))
          {
            char *tag = g_strdup (annotation_tags[j]);

            g_ptr_array_add (new_tags, tag);
            g_hash_table_add (tags, tag);
          }
      if (briefing_annotation_get_target_kind (annotation) == BRIEFING_TARGET_ARTICLE &&
          briefing_annotation_get_target_id (annotation) != NULL)
        g_hash_table_add (articles, (gpointer) briefing_annotation_get_target_id (annotation));
    }
  g_ptr_array_sort (new_tags, compare_tags);

  /* Articles in the bundle's order, named by their headlines: the bundle is read until every
   * annotated one is found, and not at all when there is none (a bundle may hold tens of
   * thousands). */
  bundle_articles = self->bundle != NULL && g_hash_table_size (articles) > 0 ? briefing_bundle_get_articles (self->bundle)
                                                                             : NULL;
  for (guint i = 0; bundle_articles != NULL && i < g_list_model_get_n_items (bundle_articles) &&
                    new_ids->len < g_hash_table_size (articles); i++)
    {
      g_autoptr(BriefingArticle) article = g_list_model_get_item (bundle_articles, i);

      if (g_hash_table_contains (articles, briefing_article_get_id (article)))
        g_ptr_array_add (new_ids, g_strdup (briefing_article_get_id (article)));
    }

  self->updating_lists = TRUE;

  g_ptr_array_add (items, _("All tags"));
  for (guint i = 0; i < new_tags->len; i++)
    {
      g_ptr_array_add (items, new_tags->pdata[i]);
      if (g_strcmp0 (old_tag, new_tags->pdata[i]) == 0)
        selected_tag = i + 1;
    }
  g_ptr_array_add (items, NULL);
  g_ptr_array_unref (self->tags);
  self->tags = g_steal_pointer (&new_tags);
  replace_items (self->tag_dropdown, self->tag_list, (const char * const *) items->pdata, selected_tag);

  g_ptr_array_set_size (items, 0);
  g_ptr_array_add (items, _("All articles"));
  for (guint i = 0; i < new_ids->len; i++)
    {
      BriefingArticle *article = briefing_bundle_lookup_article (self->bundle, new_ids->pdata[i]);

      g_ptr_array_add (items, (gpointer) briefing_article_get_headline (article));
      if (g_strcmp0 (old_article, new_ids->pdata[i]) == 0)
        selected_article = i + 1;
    }
  g_ptr_array_add (items, NULL);
  g_ptr_array_unref (self->article_ids);
  self->article_ids = g_steal_pointer (&new_ids);
  replace_items (self->article_dropdown, self->article_list, (const char * const *) items->pdata,
                 selected_article);

  self->updating_lists = FALSE;

  /* The strings chosen now belong to the new arrays; a choice no longer in use is dropped. */
  read_filters (self);
  if (g_strcmp0 (old_tag, self->tag) != 0 || g_strcmp0 (old_article, self->article_id) != 0)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
}

static void
update_count (BriefingNotesPane *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *count = NULL;

  if (shown != total)
    /* Translators: how many notes the filters leave, of how many */
    count = g_strdup_printf (ngettext ("%u of %u note", "%u of %u notes", total), shown, total);
  else
    count = g_strdup_printf (ngettext ("%u note", "%u notes", total), total);
  gtk_label_set_text (self->count_label, count);

  if (total == 0)
    {
      gtk_image_set_from_icon_name (self->empty_icon, "accessories-text-editor-symbolic");
      gtk_label_set_text (self->empty_title, _("No Notes Yet"));
      gtk_label_set_text (self->empty_description,
                          _("Select words in an article and press Ctrl+H to highlight them, "
                            "or add a note to an event."));
    }
  else
    {
      gtk_image_set_from_icon_name (self->empty_icon, "edit-find-symbolic");
      gtk_label_set_text (self->empty_title, _("No Matching Notes"));
      gtk_label_set_text (self->empty_description, _("No note matches these filters and search words."));
    }
  /* Nothing to filter yet: the empty state alone says what to do. */
  gtk_widget_set_visible (self->header_box, total > 0);
  gtk_widget_set_visible (self->clear_button, total > 0);
  gtk_stack_set_visible_child_name (self->stack, shown > 0 ? "list" : "empty");
}

static void
on_shown_items_changed (BriefingNotesPane *self)
{
  update_count (self);
}

static gboolean
update_lists_cb (gpointer user_data)
{
  BriefingNotesPane *self = user_data;

  self->update_lists_id = 0;
  update_lists (self);
  return G_SOURCE_REMOVE;
}

/* The tags and articles in use are gathered once for a burst of changes, not once per change. */
static void
on_store_items_changed (BriefingNotesPane *self)
{
  /* The total may change while what is shown does not. */
  update_count (self);
  if (self->update_lists_id == 0)
    self->update_lists_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_lists_cb, self, NULL);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  BriefingNotesPane        *self)
{
  GtkWidget *row = briefing_note_row_new ();

  gtk_list_item_set_selectable (item, FALSE);
  /* Rows are recycled: they follow the pane's store and bundle for as long as they live. */
  g_object_bind_property (self, "store", row, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "bundle", row, "bundle", G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (item, row);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 BriefingNotesPane        *self)
{
  briefing_note_row_set_annotation (BRIEFING_NOTE_ROW (gtk_list_item_get_child (item)),
                                    gtk_list_item_get_item (item));
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   BriefingNotesPane        *self)
{
  briefing_note_row_set_annotation (BRIEFING_NOTE_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
on_list_view_activate (BriefingNotesPane *self,
                       guint              position)
{
  g_autoptr(BriefingAnnotation) annotation = NULL;

  annotation = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);
  if (annotation != NULL)
    g_signal_emit (self, signals[ANNOTATION_ACTIVATED], 0, annotation);
}

/* "notes.edit" and "notes.delete", with the annotation's id: the rows' buttons. */
static void
request_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BriefingNotesPane *self = BRIEFING_NOTES_PANE (widget);
  BriefingAnnotation *annotation;

  if (self->store == NULL)
    return;

  annotation = briefing_annotation_store_lookup (self->store, g_variant_get_string (parameter, NULL));
  if (annotation == NULL)
    return;

  g_signal_emit (self, signals[g_str_equal (action_name, "notes.edit") ? EDIT_REQUESTED : DELETE_REQUESTED],
                 0, annotation);
}

static void
clear_filters_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  briefing_notes_pane_clear_filters (BRIEFING_NOTES_PANE (widget));
}

static void
briefing_notes_pane_dispose (GObject *object)
{
  BriefingNotesPane *self = BRIEFING_NOTES_PANE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_handle_id (&self->update_lists_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->bundle);
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_NOTES_PANE);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (briefing_notes_pane_parent_class)->dispose (object);
}

static void
briefing_notes_pane_finalize (GObject *object)
{
  BriefingNotesPane *self = BRIEFING_NOTES_PANE (object);

  g_clear_pointer (&self->tags, g_ptr_array_unref);
  g_clear_pointer (&self->article_ids, g_ptr_array_unref);
  g_free (self->query);

  G_OBJECT_CLASS (briefing_notes_pane_parent_class)->finalize (object);
}

static void
briefing_notes_pane_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BriefingNotesPane *self = BRIEFING_NOTES_PANE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_BUNDLE:
      g_value_set_object (value, self->bundle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_notes_pane_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BriefingNotesPane *self = BRIEFING_NOTES_PANE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      briefing_notes_pane_set_store (self, g_value_get_object (value));
      break;
    case PROP_BUNDLE:
      briefing_notes_pane_set_bundle (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_notes_pane_class_init (BriefingNotesPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_notes_pane_dispose;
  object_class->finalize = briefing_notes_pane_finalize;
  object_class->get_property = briefing_notes_pane_get_property;
  object_class->set_property = briefing_notes_pane_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BRIEFING_TYPE_ANNOTATION_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BriefingNotesPane::annotation-activated:
   * @annotation: the BriefingAnnotation the user chose, to be shown where it is
   */
  signals[ANNOTATION_ACTIVATED] =
    g_signal_new ("annotation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BRIEFING_TYPE_ANNOTATION);
  /**
   * BriefingNotesPane::edit-requested:
   * @annotation: the BriefingAnnotation (the store's own) the user wants to edit
   */
  signals[EDIT_REQUESTED] =
    g_signal_new ("edit-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BRIEFING_TYPE_ANNOTATION);
  /**
   * BriefingNotesPane::delete-requested:
   * @annotation: the BriefingAnnotation (the store's own) the user wants to delete
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BRIEFING_TYPE_ANNOTATION);

  g_type_ensure (BRIEFING_TYPE_ANNOTATION_SWATCH);
  g_type_ensure (BRIEFING_TYPE_NOTE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-notes-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, header_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, color_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, article_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, color_list);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, tag_list);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, article_list);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, count_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, list_view);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, filter_model);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, filter);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, sort_model);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, sorter);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, empty_icon);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, empty_title);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, empty_description);
  gtk_widget_class_bind_template_child (widget_class, BriefingNotesPane, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_shown_items_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);
  gtk_widget_class_bind_template_callback (widget_class, color_at);
  gtk_widget_class_bind_template_callback (widget_class, has_color_at);

  gtk_widget_class_install_action (widget_class, "notes.edit", "s", request_activated);
  gtk_widget_class_install_action (widget_class, "notes.delete", "s", request_activated);
  gtk_widget_class_install_action (widget_class, "notes.clear-filters", NULL, clear_filters_activated);

  gtk_widget_class_set_css_name (widget_class, "notespane");
}

static void
briefing_notes_pane_init (BriefingNotesPane *self)
{
  self->kind = -1;
  self->tags = g_ptr_array_new_with_free_func (g_free);
  self->article_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, annotation_matches, self, NULL);
  gtk_custom_sorter_set_sort_func (self->sorter, compare_annotations, NULL, NULL);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
  update_color_list (self);
  update_lists (self);
  update_count (self);
}

GtkWidget *
briefing_notes_pane_new (void)
{
  return g_object_new (BRIEFING_TYPE_NOTES_PANE, NULL);
}

BriefingAnnotationStore *
briefing_notes_pane_get_store (BriefingNotesPane *self)
{
  g_return_val_if_fail (BRIEFING_IS_NOTES_PANE (self), NULL);

  return self->store;
}

void
briefing_notes_pane_set_store (BriefingNotesPane       *self,
                               BriefingAnnotationStore *store)
{
  g_return_if_fail (BRIEFING_IS_NOTES_PANE (self));
  g_return_if_fail (store == NULL || BRIEFING_IS_ANNOTATION_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "items-changed", G_CALLBACK (on_store_items_changed), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      g_signal_connect_object (store, "labels-changed", G_CALLBACK (update_color_list), self,
                               G_CONNECT_SWAPPED);
    }

  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (store));
  g_clear_handle_id (&self->update_lists_id, g_source_remove);
  update_color_list (self);
  update_lists (self);
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

BriefingBundle *
briefing_notes_pane_get_bundle (BriefingNotesPane *self)
{
  g_return_val_if_fail (BRIEFING_IS_NOTES_PANE (self), NULL);

  return self->bundle;
}

void
briefing_notes_pane_set_bundle (BriefingNotesPane *self,
                                BriefingBundle    *bundle)
{
  g_return_if_fail (BRIEFING_IS_NOTES_PANE (self));
  g_return_if_fail (bundle == NULL || BRIEFING_IS_BUNDLE (bundle));

  if (!g_set_object (&self->bundle, bundle))
    return;

  update_lists (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUNDLE]);
}

void
briefing_notes_pane_clear_filters (BriefingNotesPane *self)
{
  g_return_if_fail (BRIEFING_IS_NOTES_PANE (self));

  self->updating_lists = TRUE;
  gtk_drop_down_set_selected (self->color_dropdown, 0);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->tag_dropdown, 0);
  gtk_drop_down_set_selected (self->article_dropdown, 0);
  self->updating_lists = FALSE;
  read_filters (self);
  g_clear_pointer (&self->query, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
}
