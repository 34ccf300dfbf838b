// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

// A switch with many clauses (each a case of its own, some falling through, a default in the
// middle, constant-false cases, break and continue from inside) chooses and runs clauses
// as a short one does.
package main

import "fmt"

const never = false

func classify(x int) (out string) {
	switch x {
	case 0, 1000:
		out += "c0 "
	case 1, 1001:
		out += "c1 "
	case 2, 1002:
		out += "c2 "
	case 3, 1003:
		out += "c3+ "
		fallthrough
	case 4, 1004:
		out += "c4 "
	case 5, 1005:
		if x > 999 {
			out += "big "
			break
		}
		out += "c5 "
	case 6, 1006:
		out += "c6 "
	case 7, 1007:
		out += "c7 "
	case 8, 1008:
		out += "c8 "
	case 9, 1009:
		out += "c9 "
	case 10, 1010:
		out += "c10+ "
		fallthrough
	case 11, 1011:
		out += "c11 "
	case 12, 1012:
		out += "c12 "
	case 13, 1013:
		out += "c13 "
	case 14, 1014:
		out += "c14 "
	case 15, 1015:
		out += "c15 "
	case 16, 1016:
		if x > 999 {
			out += "big "
			break
		}
		out += "c16 "
	case 17, 1017:
		out += "c17+ "
		fallthrough
	case 18, 1018:
		out += "c18 "
	case 19, 1019:
		out += "c19 "
	case 20, 1020:
		out += "c20 "
	case 21, 1021:
		out += "c21 "
	case 22, 1022:
		out += "c22 "
	case 23, 1023:
		out += "c23 "
	case 24, 1024:
		out += "c24+ "
		fallthrough
	case 25, 1025:
		out += "c25 "
	case 26, 1026:
		out += "c26 "
	case 27, 1027:
		if x > 999 {
			out += "big "
			break
		}
		out += "c27 "
	case 28, 1028:
		out += "c28 "
	case 29, 1029:
		out += "c29 "
	case 30, 1030:
		out += "c30 "
	case 31, 1031:
		out += "c31+ "
		fallthrough
	case 32, 1032:
		out += "c32 "
	case 33, 1033:
		out += "c33 "
	case 34, 1034:
		out += "c34 "
	case 35, 1035:
		out += "c35 "
	case 36, 1036:
		out += "c36 "
	case 37, 1037:
		out += "c37 "
	case 38, 1038:
		out += "c38+ "
		fallthrough
	case 39, 1039:
		out += "c39 "
	default:
		out += "default "
	case 41, 1041:
		out += "c41 "
	case 42, 1042:
		out += "c42 "
	case 43, 1043:
		out += "c43 "
	case 44, 1044:
		out += "c44 "
	case 45, 1045:
		out += "c45+ "
		fallthrough
	case 46, 1046:
		out += "c46 "
	case 47, 1047:
		out += "c47 "
	case 48, 1048:
		out += "c48 "
	case 49, 1049:
		if x > 999 {
			out += "big "
			break
		}
		out += "c49 "
	case 50, 1050:
		out += "c50 "
	case 51, 1051:
		out += "c51 "
	case 52, 1052:
		out += "c52+ "
		fallthrough
	case 53, 1053:
		out += "c53 "
	case 54, 1054:
		out += "c54 "
	case 55, 1055:
		out += "c55 "
	case 56, 1056:
		out += "c56 "
	case 57, 1057:
		out += "c57 "
	case 58, 1058:
		out += "c58 "
	case 59, 1059:
		out += "c59+ "
		fallthrough
	case 60, 1060:
		if x > 999 {
			out += "big "
			break
		}
		out += "c60 "
	case 61, 1061:
		out += "c61 "
	case 62, 1062:
		out += "c62 "
	case 63, 1063:
		out += "c63 "
	case 64, 1064:
		out += "c64 "
	case 65, 1065:
		out += "c65 "
	case 66, 1066:
		out += "c66+ "
		fallthrough
	case 67, 1067:
		out += "c67 "
	case 68, 1068:
		out += "c68 "
	case 69, 1069:
		out += "c69 "
	case 70, 1070:
		out += "c70 "
	case 71, 1071:
		if x > 999 {
			out += "big "
			break
		}
		out += "c71 "
	case 72, 1072:
		out += "c72 "
	case 73, 1073:
		out += "c73+ "
		fallthrough
	case 74, 1074:
		out += "c74 "
	case 75, 1075:
		out += "c75 "
	case 76, 1076:
		out += "c76 "
	case 77, 1077:
		out += "c77 "
	case 78, 1078:
		out += "c78 "
	case 79, 1079:
		out += "c79 "
	}
	return out
}

func cond(x int) string {
	switch {
	case never && x == 0:
		return "never"
	case x < 3:
		return "below 3"
	case x < 6:
		return "below 6"
	case x < 9:
		return "below 9"
	case x < 12:
		return "below 12"
	case x < 15:
		return "below 15"
	case x < 18:
		return "below 18"
	case x < 21:
		return "below 21"
	case x < 24:
		return "below 24"
	case x < 27:
		return "below 27"
	case x < 30:
		return "below 30"
	case x < 33:
		return "below 33"
	case x < 36:
		return "below 36"
	case never && x == 13:
		return "never"
	case x < 42:
		return "below 42"
	case x < 45:
		return "below 45"
	case x < 48:
		return "below 48"
	case x < 51:
		return "below 51"
	case x < 54:
		return "below 54"
	case x < 57:
		return "below 57"
	case x < 60:
		return "below 60"
	case x < 63:
		return "below 63"
	case x < 66:
		return "below 66"
	case x < 69:
		return "below 69"
	case x < 72:
		return "below 72"
	case x < 75:
		return "below 75"
	case never && x == 26:
		return "never"
	case x < 81:
		return "below 81"
	case x < 84:
		return "below 84"
	case x < 87:
		return "below 87"
	case x < 90:
		return "below 90"
	case x < 93:
		return "below 93"
	case x < 96:
		return "below 96"
	case x < 99:
		return "below 99"
	case x < 102:
		return "below 102"
	case x < 105:
		return "below 105"
	case x < 108:
		return "below 108"
	case x < 111:
		return "below 111"
	case x < 114:
		return "below 114"
	case never && x == 39:
		return "never"
	case x < 120:
		return "below 120"
	case x < 123:
		return "below 123"
	case x < 126:
		return "below 126"
	case x < 129:
		return "below 129"
	case x < 132:
		return "below 132"
	case x < 135:
		return "below 135"
	case x < 138:
		return "below 138"
	case x < 141:
		return "below 141"
	case x < 144:
		return "below 144"
	case x < 147:
		return "below 147"
	case x < 150:
		return "below 150"
	case x < 153:
		return "below 153"
	case never && x == 52:
		return "never"
	case x < 159:
		return "below 159"
	case x < 162:
		return "below 162"
	case x < 165:
		return "below 165"
	case x < 168:
		return "below 168"
	case x < 171:
		return "below 171"
	case x < 174:
		return "below 174"
	case x < 177:
		return "below 177"
	case x < 180:
		return "below 180"
	case x < 183:
		return "below 183"
	case x < 186:
		return "below 186"
	case x < 189:
		return "below 189"
	case x < 192:
		return "below 192"
	case never && x == 65:
		return "never"
	case x < 198:
		return "below 198"
	case x < 201:
		return "below 201"
	case x < 204:
		return "below 204"
	case x < 207:
		return "below 207"
	}
	return "large"
}

func main() {
	for _, x := range []int{0, 3, 5, 10, 39, 40, 41, 45, 1003, 1005, 1079, 2000, -1} {
		fmt.Printf("%d: %s\n", x, classify(x))
	}
	for _, x := range []int{0, 1, 2, 3, 40, 100, 207, 209, 1000} {
		fmt.Println(x, cond(x))
	}
	n := 0
loop:
	for i := 0; i < 100; i++ {
		switch i {
		case 0:
			continue
		case 1:
			n += 1
		case 2:
			continue
		case 3:
			n += 3
		case 4:
			continue
		case 5:
			n += 5
		case 6:
			continue
		case 7:
			n += 7
		case 8:
			continue
		case 9:
			n += 9
		case 10:
			continue
		case 11:
			n += 11
		case 12:
			continue
		case 13:
			n += 13
		case 14:
			continue
		case 15:
			n += 15
		case 16:
			continue
		case 17:
			n += 17
		case 18:
			continue
		case 19:
			n += 19
		case 20:
			continue
		case 21:
			n += 21
		case 22:
			continue
		case 23:
			n += 23
		case 24:
			continue
		case 25:
			n += 25
		case 26:
			continue
		case 27:
			n += 27
		case 28:
			continue
		case 29:
			n += 29
		case 30:
			continue
		case 31:
			n += 31
		case 32:
			continue
		case 33:
			n += 33
		case 34:
			continue
		case 35:
			n += 35
		case 36:
			continue
		case 37:
			n += 37
		case 38:
			continue
		case 39:
			n += 39
		case 40:
			continue
		case 41:
			n += 41
		case 42:
			continue
		case 43:
			n += 43
		case 44:
			continue
		case 45:
			n += 45
		case 46:
			continue
		case 47:
			n += 47
		case 48:
			continue
		case 49:
			n += 49
		case 50:
			break loop
		case 51:
			n += 51
		case 52:
			continue
		case 53:
			n += 53
		case 54:
			continue
		case 55:
			n += 55
		case 56:
			continue
		case 57:
			n += 57
		case 58:
			continue
		case 59:
			n += 59
		case 60:
			continue
		case 61:
			n += 61
		case 62:
			continue
		case 63:
			n += 63
		case 64:
			continue
		case 65:
			n += 65
		case 66:
			continue
		case 67:
			n += 67
		case 68:
			continue
		case 69:
			n += 69
		}
	}
	fmt.Println("n =", n)
}
