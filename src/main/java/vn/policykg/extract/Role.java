package vn.policykg.extract;

/** What a body does for a task. */
public enum Role {
    /** "X chủ trì", "Cơ quan chủ trì tham mưu: X", "Trách nhiệm thực hiện: X". */
    LEAD,
    /** "phối hợp với Y", "cùng chịu trách nhiệm". */
    COORDINATING,
    /** "Trách nhiệm chỉ đạo: X", "X chỉ đạo Y thực hiện". */
    DIRECTING
}
