package dev.tollgate.policy;

import dev.tollgate.model.Problem;
import dev.tollgate.model.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a configuration tree that passed {@link SchemaCheck} into a {@link Config}, with the checks a
 * schema cannot express: warn not above fail, paths that stay inside the repository, project names
 * said once. Problems carry the line they are about.
 */
final class ConfigBinder {

  private final List<Problem> problems = new ArrayList<>();

  List<Problem> problems() {
    return problems;
  }

  Config bind(Node.MapNode root, String source) {
    List<Config.Project> projects = new ArrayList<>();
    Map<String, Node.Loc> names = new HashMap<>();
    Node.ListNode list = list(root.get("projects"));
    for (int i = 0; i < list.items().size(); i++) {
      Node.MapNode p = (Node.MapNode) list.items().get(i);
      String at = "projects[" + i + "]";
      String path = path(p.get("path"), at + ".path");
      String name = str(p.get("name")).orElse(path);
      Node where = p.get("name") != null ? p.get("name") : p.get("path");
      if (names.containsKey(name)) {
        problems.add(problem(where.loc(), at + ": a project named \"" + Suggest.clip(name) + "\" is already listed at line "
            + names.get(name).line() + "; give each project its own name"));
      }
      names.putIfAbsent(name, where.loc());
      List<String> varFiles = new ArrayList<>();
      List<Node> files = list(p.get("terraform_var_files")).items();
      for (int j = 0; j < files.size(); j++) {
        varFiles.add(path(files.get(j), at + ".terraform_var_files[" + j + "]"));
      }
      Optional<String> usage = p.get("usage_file") == null ? Optional.empty()
          : Optional.of(path(p.get("usage_file"), at + ".usage_file"));
      projects.add(new Config.Project(path, name, varFiles, str(p.get("terraform_workspace")), usage,
          budget(p.get("budget"), at + ".budget")));
    }
    Node.MapNode budgets = map(root.get("budgets"));
    Config.Budgets b = new Config.Budgets(budget(budgets.get("overall"), "budgets.overall"),
        budget(budgets.get("per_project"), "budgets.per_project"));
    Node.MapNode rules = map(root.get("rules"));
    Config.Rules r = new Config.Rules(instanceTypes(rules.get("instance_types")), requiredTags(rules.get("required_tags")));
    String label = str(root.get("exemption_label")).orElse(Config.DEFAULT_EXEMPTION_LABEL).strip();
    Config.CommentBehavior comment = str(map(root.get("comment")).get("behavior"))
        .map(Config.CommentBehavior::of).orElse(Config.CommentBehavior.UPDATE);
    return new Config(projects, b, r, label, comment, source);
  }

  private Config.Budget budget(Node n, String at) {
    if (n == null) {
      return Config.Budget.NONE;
    }
    Node.MapNode m = (Node.MapNode) n;
    return new Config.Budget(thresholds(m.get("monthly_increase"), at + ".monthly_increase"),
        thresholds(m.get("monthly_increase_percent"), at + ".monthly_increase_percent"),
        thresholds(m.get("monthly_total"), at + ".monthly_total"));
  }

  private Optional<Config.Thresholds> thresholds(Node n, String at) {
    if (n == null) {
      return Optional.empty();
    }
    Node.MapNode m = (Node.MapNode) n;
    Optional<BigDecimal> warn = str(m.get("warn")).map(BigDecimal::new);
    Optional<BigDecimal> fail = str(m.get("fail")).map(BigDecimal::new);
    if (warn.isPresent() && fail.isPresent() && warn.get().compareTo(fail.get()) > 0) {
      problems.add(problem(m.get("warn").loc(), at + ".warn (" + warn.get().toPlainString()
          + ") is above " + at + ".fail (" + fail.get().toPlainString() + "); a change must warn before it fails"));
    }
    return warn.isEmpty() && fail.isEmpty() ? Optional.empty() : Optional.of(new Config.Thresholds(warn, fail));
  }

  private Optional<Config.InstanceTypes> instanceTypes(Node n) {
    if (n == null) {
      return Optional.empty();
    }
    Node.MapNode m = (Node.MapNode) n;
    return Optional.of(new Config.InstanceTypes(level(m.get("level")), strings(m.get("forbidden_families")),
        strings(m.get("forbidden_sizes"))));
  }

  private Optional<Config.RequiredTags> requiredTags(Node n) {
    if (n == null) {
      return Optional.empty();
    }
    Node.MapNode m = (Node.MapNode) n;
    List<Config.Tag> tags = new ArrayList<>();
    for (Node t : list(m.get("tags")).items()) {
      Node.MapNode tm = (Node.MapNode) t;
      tags.add(new Config.Tag(str(tm.get("key")).orElseThrow(), strings(tm.get("allowed"))));
    }
    return Optional.of(new Config.RequiredTags(level(m.get("level")), strings(m.get("resource_types")), tags));
  }

  private static Verdict.Level level(Node n) {
    return str(n).map(s -> s.equals("warn") ? Verdict.Level.WARN : Verdict.Level.FAIL).orElse(Verdict.Level.FAIL);
  }

  /** A path from a pull request may only name something inside the repository. */
  private String path(Node n, String at) {
    String p = str(n).orElse("");
    String unified = p.replace('\\', '/');
    boolean absolute = unified.startsWith("/") || unified.startsWith("~") || unified.matches("^[A-Za-z]:.*");
    int depth = 0;
    boolean escapes = false;
    for (String part : unified.split("/")) {
      if (part.equals("..")) {
        escapes |= --depth < 0;
      } else if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
    }
    if (absolute || escapes || p.indexOf('\0') >= 0) {
      problems.add(problem(n.loc(), at + " must be a path inside the repository, relative to its root, not \""
          + Suggest.clip(p) + "\""));
    }
    return p;
  }

  private static Optional<String> str(Node n) {
    return n instanceof Node.Scalar && ((Node.Scalar) n).kind() != Node.Scalar.Kind.NULL
        ? Optional.of(((Node.Scalar) n).text()) : Optional.empty();
  }

  private static List<String> strings(Node n) {
    List<String> out = new ArrayList<>();
    list(n).items().forEach(i -> str(i).ifPresent(out::add));
    return out;
  }

  private static Node.ListNode list(Node n) {
    return n instanceof Node.ListNode ? (Node.ListNode) n : new Node.ListNode(null, List.of());
  }

  private static Node.MapNode map(Node n) {
    return n instanceof Node.MapNode ? (Node.MapNode) n : new Node.MapNode(null, Map.of());
  }

  private static Problem problem(Node.Loc at, String message) {
    return new Problem("config.invalid", message, at.render());
  }
}
