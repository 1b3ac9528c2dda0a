/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-convergence-view"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-chips.h"
#include "briefing-convergence-view.h"
#include "briefing-enum-types.h"
#include "briefing-labels.h"
#include "briefing-party-stripe.h"
#include "briefing-tooltip.h"

struct _BriefingConvergenceView
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  GtkGrid             *grid;
  GtkGrid             *legend_grid;

  /* Owned */
  BriefingConvergence *convergence;
};

G_DEFINE_FINAL_TYPE (BriefingConvergenceView, briefing_convergence_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONVERGENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static GtkWidget *
create_label (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
create_party_header (BriefingParty *party)
{
  BriefingPartyRole role = briefing_party_get_role (party);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *stripe = briefing_party_stripe_new (briefing_party_get_color (party));
  GtkWidget *name = create_label (briefing_party_get_name (party), "heading");

  gtk_widget_add_css_class (box, "party-heading");
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  briefing_widget_set_tooltip (name, briefing_party_get_name (party));
  gtk_box_append (GTK_BOX (box), stripe);
  gtk_box_append (GTK_BOX (box), name);
  if (role != BRIEFING_PARTY_ROLE_PARTY)
    {
      GtkWidget *badge = create_label (briefing_party_role_label (role), "caption");

      gtk_widget_add_css_class (badge, "dim-label");
      gtk_box_append (GTK_BOX (box), badge);
    }

  return box;
}

/* "Issue" over the row titles, level with the party names beside it. */
static GtkWidget *
create_corner (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, "party-heading");
  gtk_widget_add_css_class (spacer, "stripe-space");
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), spacer);
  gtk_box_append (GTK_BOX (box), create_label (_("Issue"), "column-title"));

  return box;
}

/* A cell says the standing in words, with an icon and a class per standing. A party that demands
 * on the issue may also have answered the others there: a second line says how. The tooltip adds
 * how many demands or answers the cell sums up. */
static GtkWidget *
create_cell (BriefingConvergence *convergence,
             const char          *category,
             const char          *category_label,
             BriefingParty       *party)
{
  const char *party_id = briefing_party_get_id (party);
  BriefingStanding standing = briefing_convergence_get_standing (convergence, category, party_id);
  BriefingStanding answers = briefing_convergence_get_answers (convergence, category, party_id);
  guint count = briefing_convergence_get_count (convergence, category, party_id);
  const char *word = briefing_standing_label (standing);
  g_autofree char *description = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *first;

  gtk_widget_add_css_class (cell, "standing-cell");
  briefing_chip_set_value_class (cell, BRIEFING_TYPE_STANDING, standing);
  first = briefing_icon_label_new (briefing_standing_icon_name (standing), word);
  /* Alone in a row made taller by a neighbour's second line, the word stays in the middle; the
   * cell itself does not ask the grid for more height. */
  gtk_widget_set_vexpand (first, TRUE);
  gtk_widget_set_valign (first, GTK_ALIGN_CENTER);
  gtk_widget_set_vexpand (cell, FALSE);
  gtk_box_append (GTK_BOX (cell), first);

  if (standing == BRIEFING_STANDING_DEMANDS)
    description = g_strdup_printf (ngettext ("%u demand on the issue",
                                             "%u demands on the issue", count), count);
  else if (standing != BRIEFING_STANDING_NONE)
    description = g_strdup_printf (ngettext ("%u answer to the others’ demands",
                                             "%u answers to the others’ demands", count), count);
  else
    description = g_strdup (_("No demand and no answer on the issue"));

  if (standing == BRIEFING_STANDING_DEMANDS && answers != BRIEFING_STANDING_NONE)
    {
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      /* Translators: in a cell of the convergence table, before how a party that demands on an
       * issue answered the others' demands there: "Answers ✕ Rejects" */
      GtkWidget *title = gtk_label_new (C_("convergence", "Answers"));

      gtk_widget_add_css_class (line, "answers");
      briefing_chip_set_value_class (line, BRIEFING_TYPE_STANDING, answers);
      gtk_widget_add_css_class (title, "dim-label");
      gtk_box_append (GTK_BOX (line), title);
      gtk_box_append (GTK_BOX (line), briefing_icon_label_new (briefing_standing_icon_name (answers),
                                                               briefing_standing_label (answers)));
      gtk_widget_set_vexpand (first, FALSE);
      gtk_box_append (GTK_BOX (cell), line);

      /* Translators: a cell of the convergence table: party, issue, standing, and how the party
       * answered the others' demands there, as in "Russia on Ceasefire: Demands; answers: Rejects" */
      accessible = g_strdup_printf (_("%s on %s: %s; answers: %s"),
                                    briefing_party_get_name (party), category_label, word,
                                    briefing_standing_label (answers));
    }
  else
    /* Translators: a cell of the convergence table: party, issue and standing, as in
     * "Russia on Ceasefire: Rejects" */
    accessible = g_strdup_printf (_("%s on %s: %s"),
                                  briefing_party_get_name (party), category_label, word);

  briefing_widget_set_tooltip (cell, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return cell;
}

static GtkWidget *
create_agreed_marker (void)
{
  GtkWidget *marker = briefing_icon_label_new ("emblem-default-symbolic", _("Converging"));

  gtk_widget_add_css_class (marker, "agreed-marker");
  briefing_widget_set_tooltip (marker, _("At least one party accepts the demands on the issue, "
                                         "and none rejects them or sets conditions"));

  return marker;
}

static void
rebuild (BriefingConvergenceView *self)
{
  const char * const *categories;
  GPtrArray *parties;
  guint n_parties;

  clear_grid (self->grid);

  if (self->convergence == NULL ||
      briefing_convergence_get_categories (self->convergence)[0] == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  categories = briefing_convergence_get_categories (self->convergence);
  parties = briefing_convergence_get_parties (self->convergence);
  n_parties = parties->len;

  gtk_grid_attach (self->grid, create_corner (), 0, 0, 1, 1);
  for (guint p = 0; p < n_parties; p++)
    gtk_grid_attach (self->grid, create_party_header (parties->pdata[p]), p + 1, 0, 1, 1);

  for (guint c = 0; categories[c] != NULL; c++)
    {
      g_autofree char *label = briefing_category_label (categories[c]);
      GtkWidget *issue = create_label (label, "issue");

      gtk_widget_set_valign (issue, GTK_ALIGN_CENTER);
      gtk_grid_attach (self->grid, issue, 0, c + 1, 1, 1);
      for (guint p = 0; p < n_parties; p++)
        gtk_grid_attach (self->grid,
                         create_cell (self->convergence, categories[c], label, parties->pdata[p]),
                         p + 1, c + 1, 1, 1);
      if (briefing_convergence_is_agreed (self->convergence, categories[c]))
        gtk_grid_attach (self->grid, create_agreed_marker (), n_parties + 1, c + 1, 1, 1);
    }

  gtk_stack_set_visible_child_name (self->stack, "table");
}

static void
build_legend (BriefingConvergenceView *self)
{
  static const struct { BriefingStanding standing; const char *meaning; } entries[] = {
    /* Translators: the legend of the convergence table; each line follows a standing's word */
    { BRIEFING_STANDING_DEMANDS, N_("raises demands on the issue") },
    { BRIEFING_STANDING_ACCEPTS, N_("accepts the others’ demands on it") },
    { BRIEFING_STANDING_CONDITIONAL, N_("accepts them on conditions") },
    { BRIEFING_STANDING_REJECTS, N_("rejects them") },
    { BRIEFING_STANDING_MIXED, N_("answers differ from demand to demand") },
    { BRIEFING_STANDING_UNKNOWN, N_("no answer reported") },
    { BRIEFING_STANDING_NONE, N_("no demand and no answer") },
  };
  guint rows = (G_N_ELEMENTS (entries) + 2) / 2;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      BriefingStanding standing = entries[i].standing;
      GtkWidget *chip = briefing_icon_label_new (briefing_standing_icon_name (standing),
                                                 briefing_standing_label (standing));
      GtkWidget *meaning = create_label (_(entries[i].meaning), "caption");

      gtk_widget_add_css_class (chip, "standing-cell");
      briefing_chip_set_value_class (chip, BRIEFING_TYPE_STANDING, standing);
      gtk_widget_set_halign (chip, GTK_ALIGN_FILL);
      gtk_grid_attach (self->legend_grid, chip, 2 * (i / rows), i % rows, 1, 1);
      gtk_grid_attach (self->legend_grid, meaning, 2 * (i / rows) + 1, i % rows, 1, 1);
    }

  gtk_grid_attach (self->legend_grid, create_agreed_marker (), 2 * (i / rows), i % rows, 1, 1);
  gtk_grid_attach (self->legend_grid,
                   create_label (_("some accept, none rejects or sets conditions"), "caption"),
                   2 * (i / rows) + 1, i % rows, 1, 1);
}

static void
briefing_convergence_view_dispose (GObject *object)
{
  BriefingConvergenceView *self = BRIEFING_CONVERGENCE_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_CONVERGENCE_VIEW);
  /* The template's unnamed children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->convergence);

  G_OBJECT_CLASS (briefing_convergence_view_parent_class)->dispose (object);
}

static void
briefing_convergence_view_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  BriefingConvergenceView *self = BRIEFING_CONVERGENCE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONVERGENCE:
      g_value_set_object (value, self->convergence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_convergence_view_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  BriefingConvergenceView *self = BRIEFING_CONVERGENCE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONVERGENCE:
      briefing_convergence_view_set_convergence (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_convergence_view_class_init (BriefingConvergenceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_convergence_view_dispose;
  object_class->get_property = briefing_convergence_view_get_property;
  object_class->set_property = briefing_convergence_view_set_property;

  properties[PROP_CONVERGENCE] =
    g_param_spec_object ("convergence", NULL, NULL, BRIEFING_TYPE_CONVERGENCE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/briefing/Briefing/briefing-convergence-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingConvergenceView, stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingConvergenceView, grid);
  gtk_widget_class_bind_template_child (widget_class, BriefingConvergenceView, legend_grid);

  gtk_widget_class_set_css_name (widget_class, "convergence");
}

static void
briefing_convergence_view_init (BriefingConvergenceView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  build_legend (self);
  rebuild (self);
}

GtkWidget *
briefing_convergence_view_new (void)
{
  return g_object_new (BRIEFING_TYPE_CONVERGENCE_VIEW, NULL);
}

BriefingConvergence *
briefing_convergence_view_get_convergence (BriefingConvergenceView *self)
{
  g_return_val_if_fail (BRIEFING_IS_CONVERGENCE_VIEW (self), NULL);

  return self->convergence;
}

void
briefing_convergence_view_set_convergence (BriefingConvergenceView *self,
                                           BriefingConvergence     *convergence)
{
  g_return_if_fail (BRIEFING_IS_CONVERGENCE_VIEW (self));
  g_return_if_fail (convergence == NULL || BRIEFING_IS_CONVERGENCE (convergence));

  if (!g_set_object (&self->convergence, convergence))
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVERGENCE]);
}
