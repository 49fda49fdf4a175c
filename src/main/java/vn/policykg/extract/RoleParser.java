package vn.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role statements of Vietnamese programmes: labelled lines ("Cơ quan chủ trì tham mưu: X",
 * "Trách nhiệm thực hiện: X chỉ đạo Y thực hiện", "Trách nhiệm chỉ đạo: X") and lead-ins
 * ("X chủ trì, phối hợp với Y, Z:", "Đề nghị X:", "X, Y:"). Offsets are into the text given.
 */
public final class RoleParser {

    private static final Pattern LABEL = Pattern.compile(
            "(?uU)^(Cơ quan chủ trì tham mưu|(?:Cơ quan |Đơn vị )?[Cc]hủ trì|(?:Cơ quan |Đơn vị )?[Pp]hối hợp"
                    + "|Trách nhiệm thực hiện|Trách nhiệm chỉ đạo(?:,? thực hiện)?)\\s*:\\s*");
    private static final Pattern DIRECTS = Pattern.compile("(?uU)\\s+chỉ đạo\\s+");
    /** "Đề nghị X …", "Giao X …", "Yêu cầu X …": the body asked or given the work follows. */
    private static final Pattern REQUEST = Pattern.compile("(?uU)^(?:Đề nghị|Giao|Yêu cầu)\\s+");
    /** How often or when, before the subject: "Định kỳ, Thường trực Ủy ban … chủ trì". */
    private static final Pattern OPENING_ADVERB =
            Pattern.compile("(?iuU)^(?:định kỳ|hằng năm|hàng năm|thường xuyên|đồng thời|trước mắt),\\s*");
    /**
     * What stands between a subject and its verb: "X theo chức năng, nhiệm vụ được giao chủ động …", "X trong phạm vi
     * nhiệm vụ và quyền hạn của mình tổ chức …", "X căn cứ chức năng, nhiệm vụ … có trách nhiệm …" ("cần cứ" is a common slip).
     */
    private static final Pattern QUALIFIER =
            Pattern.compile("(?iuU)\\s+(?:căn cứ|cần cứ|theo|trong phạm vi)\\s+(?:chức năng|nhiệm vụ|quyền hạn)");

    private static final Pattern LEADS = Pattern.compile("(?uU)\\s+chủ trì\\b,?");
    /** "X (lãnh đạo,) chỉ đạo Y …", "X lãnh đạo Y …", or "X lãnh đạo, chỉ đạo:" over the items beneath. */
    private static final Pattern DIRECTS_AS_SUBJECT =
            Pattern.compile("(?uU)\\s+(?:lãnh đạo(?:,\\s+chỉ đạo)?|chỉ đạo)(?:\\s+|$)");

    private static final Pattern SUBJECT_VERB = Pattern.compile(
            "(?uU)\\s+(?:tổ chức|xây dựng|tăng cường|chủ động|triển khai|thực hiện|nghiên cứu|rà soát|hướng dẫn|tham mưu|theo dõi|có trách nhiệm"
                    + "|xác định|cần)\\b");
    private static final Pattern COORDINATES = Pattern.compile("(?uU)\\s*,?\\s*phối hợp(?:\\s+(?:với|cùng))?\\s+");

    private RoleParser() {}

    /** Whether a line is a role label's: "Cơ quan chủ trì: …", "Phối hợp: …". */
    public static boolean isLabel(String line) {
        return LABEL.matcher(line).find();
    }

    /** A labelled line: "Trách nhiệm thực hiện: …". Returns no roles for any other line. */
    public static List<RoleAssignment> labelled(String text, int from, int to) {
        String line = text.substring(from, to);
        Matcher label = LABEL.matcher(line);
        if (!label.find()) return List.of();
        int valueFrom = from + label.end();
        int valueTo = from + stripEnd(line);
        String kind = label.group(1);
        List<RoleAssignment> out = new ArrayList<>();
        if (kind.startsWith("Trách nhiệm chỉ đạo")) {
            add(out, Role.DIRECTING, BodyNames.split(text, valueFrom, valueTo));
        } else if (kind.toLowerCase(Locale.ROOT).contains("chủ trì")) {
            add(out, Role.LEAD, BodyNames.split(text, valueFrom, valueTo));
        } else if (kind.toLowerCase(Locale.ROOT).contains("phối hợp")) {
            add(out, Role.COORDINATING, BodyNames.split(text, valueFrom, valueTo));
        } else {
            Matcher directs = DIRECTS.matcher(text).region(valueFrom, valueTo);
            if (directs.find()) {
                add(out, Role.DIRECTING, BodyNames.split(text, valueFrom, directs.start()));
                add(out, Role.LEAD, BodyNames.split(text, directs.end(), valueTo));
            } else {
                add(out, Role.LEAD, BodyNames.split(text, valueFrom, valueTo));
            }
        }
        return out;
    }

    /**
     * The lead-in of a task: "X chủ trì, phối hợp với Y", "X phối hợp với Y", "Đề nghị X", or a bare
     * list of bodies ending the line. Empty when the text does not open with a body.
     */
    public static List<RoleAssignment> leadIn(String text, int from, int to) {
        Matcher adverb = OPENING_ADVERB.matcher(text).region(from, to);
        if (adverb.lookingAt()) from = adverb.end();
        int end = from + stripEnd(text.substring(from, to));
        List<RoleAssignment> out = new ArrayList<>();
        Matcher request = REQUEST.matcher(text).region(from, end);
        if (request.lookingAt()) {
            // "Giao X chủ trì, phối hợp với Y …" reads as its lead-in would; else the bodies asked are the lead.
            List<RoleAssignment> asked = leadIn(text, request.end(), to);
            if (asked.isEmpty()) add(out, Role.LEAD, BodyNames.split(text, request.end(), end));
            return asked.isEmpty() ? out : asked;
        }
        Matcher leads = LEADS.matcher(text).region(from, end);
        if (leads.find() && allBodies(text, from, leads.start())) {
            add(out, Role.LEAD, BodyNames.split(text, from, leads.start()));
            Matcher coord = COORDINATES.matcher(text).region(leads.end(), end);
            if (coord.lookingAt()) add(out, Role.COORDINATING, BodyNames.split(text, coord.end(), end));
            return out;
        }
        Matcher coord = COORDINATES.matcher(text).region(from, end);
        if (coord.find() && coord.start() > from && allBodies(text, from, coord.start())) {
            add(out, Role.LEAD, BodyNames.split(text, from, coord.start()));
            add(out, Role.COORDINATING, BodyNames.split(text, coord.end(), end));
            return out;
        }
        // A bare list is a lead-in only when it is the whole line, or ends at its colon.
        String rest = text.substring(end, to).strip();
        if ((rest.isEmpty() || rest.equals(":")) && allBodies(text, from, end)) {
            add(out, Role.LEAD, BodyNames.split(text, from, end));
            return out;
        }
        // "X (lãnh đạo,) chỉ đạo Y …": X directs, Y carries out.
        Matcher directs = DIRECTS_AS_SUBJECT.matcher(text).region(from, end);
        if (directs.find() && allBodies(text, from, directs.start())) {
            add(out, Role.DIRECTING, BodyNames.split(text, from, directs.start()));
            add(
                    out,
                    Role.LEAD,
                    BodyNames.split(text, directs.end(), end)); // none when a verb follows: "chỉ đạo tổ chức …"
            return out;
        }
        // "X tổ chức …", "X xây dựng …": the bodies that open the sentence do the work.
        add(out, Role.LEAD, subject(text, from, end));
        return out;
    }

    /**
     * The roles a heading gives the items beneath it: a bare list of bodies ("Tổ đảng ở Thường trực Ủy ban Pháp luật",
     * "Bộ Y tế:"), a lead-in ending with its colon ("X chủ trì, phối hợp với Y:"), or an intro sentence ending with its
     * colon whose subject names them ("Để thể chế hoá …, Đảng đoàn Quốc hội xác định các nhiệm vụ trọng tâm sau:").
     * Empty for a heading that names a topic.
     */
    public static List<RoleAssignment> heading(String text, int from, int to) {
        int end = from + stripEnd(text.substring(from, to));
        if (allBodies(text, from, end)) {
            List<RoleAssignment> out = new ArrayList<>();
            add(out, Role.LEAD, BodyNames.split(text, from, end));
            return out;
        }
        Matcher directs = DIRECTS_AS_SUBJECT.matcher(text).region(from, end);
        boolean directsBelow =
                directs.find() && directs.end() == end; // "Đảng uỷ các cơ quan Đảng tỉnh lãnh đạo, chỉ đạo"
        if (!text.substring(from, to).strip().endsWith(":") && !directsBelow) return List.of();
        List<RoleAssignment> leadIn = leadIn(text, from, to);
        if (!leadIn.isEmpty()) return leadIn;
        // The subject may follow an opening clause: "Nhằm …, trong thời gian tới, các bộ, … cần cụ thể hóa …".
        for (int at = text.indexOf(", ", from); at >= 0 && at < end; at = text.indexOf(", ", at + 1)) {
            List<RoleAssignment> out = new ArrayList<>();
            add(out, Role.LEAD, subject(text, at + 2, end));
            if (!out.isEmpty()) return out;
        }
        return List.of();
    }

    /** The bodies that open {@code text[from, end)} as the subject of a verb, past a qualifier between them; else none. */
    private static List<BodyMention> subject(String text, int from, int end) {
        Matcher qualifier = QUALIFIER.matcher(text).region(from, end);
        if (qualifier.find()
                && allBodies(text, from, qualifier.start())
                && SUBJECT_VERB.matcher(text).region(qualifier.end(), end).find())
            return BodyNames.split(text, from, qualifier.start());
        // The first verb ends the subject, also one the list does not stop at by itself ("… Trung ương cần cụ thể
        // hóa").
        Matcher verb = SUBJECT_VERB.matcher(text).region(from, end);
        if (verb.find() && allBodies(text, from, verb.start())) return BodyNames.split(text, from, verb.start());
        List<BodyMention> bodies = BodyNames.split(text, from, end);
        if (!bodies.isEmpty()
                && SUBJECT_VERB
                        .matcher(text)
                        .region(bodies.get(bodies.size() - 1).to(), end)
                        .lookingAt()) return bodies;
        return List.of();
    }

    /** Whether {@code text[from, to)} is nothing but a list of bodies. */
    private static boolean allBodies(String text, int from, int to) {
        List<BodyMention> bodies = BodyNames.split(text, from, to);
        if (bodies.isEmpty()) return false;
        BodyMention last = bodies.get(bodies.size() - 1);
        return text.substring(last.to(), to).strip().isEmpty();
    }

    /** Length of {@code s} without trailing punctuation and spaces. */
    private static int stripEnd(String s) {
        int n = s.length();
        while (n > 0 && (Character.isWhitespace(s.charAt(n - 1)) || ".:;".indexOf(s.charAt(n - 1)) >= 0)) n--;
        return n;
    }

    private static void add(List<RoleAssignment> out, Role role, List<BodyMention> bodies) {
        for (BodyMention b : bodies) out.add(new RoleAssignment(role, b));
    }
}
